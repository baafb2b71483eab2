/** What salespeople write in their activities, in French and in English. */
type Texts = { fr: readonly string[]; en: readonly string[] };

export const callSubjects: Texts = {
  fr: ['Appel de suivi', 'Point téléphonique', 'Relance devis', 'Appel de découverte', 'Qualification du besoin', 'Rappel demandé', 'Point budget', 'Appel après salon'],
  en: ['Follow-up call', 'Catch-up call', 'Quote follow-up', 'Discovery call', 'Needs qualification', 'Callback requested', 'Budget check-in', 'Post-show call'],
};

export const meetingSubjects: Texts = {
  fr: ['Rendez-vous commercial', 'Présentation de l’offre', 'Démonstration produit', 'Réunion de lancement', 'Revue trimestrielle', 'Négociation', 'Atelier besoins', 'Déjeuner client'],
  en: ['Sales meeting', 'Offer presentation', 'Product demo', 'Kick-off meeting', 'Quarterly review', 'Negotiation', 'Requirements workshop', 'Client lunch'],
};

export const visitSubjects: Texts = {
  fr: ['Visite sur site', 'Visite de l’usine', 'Visite du showroom', 'Tournée clients'],
  en: ['Site visit', 'Plant visit', 'Showroom visit', 'Client round'],
};

export const taskSubjects: Texts = {
  fr: ['Envoyer la brochure', 'Préparer le devis', 'Relancer la signature', 'Mettre à jour la fiche', 'Envoyer le compte rendu', 'Vérifier le paiement', 'Préparer la démo', 'Envoyer les conditions générales'],
  en: ['Send the brochure', 'Prepare the quote', 'Chase the signature', 'Update the record', 'Send the minutes', 'Check the payment', 'Prepare the demo', 'Send the terms and conditions'],
};

export const noteSubjects: Texts = {
  fr: ['Préfère être contacté par e-mail', 'Budget voté en janvier', 'Concurrent en place depuis 3 ans', 'Décision en comité de direction', 'Intéressé par l’offre maintenance', 'Changement d’interlocuteur'],
  en: ['Prefers e-mail', 'Budget approved in January', 'Competitor in place for 3 years', 'Decision by the board', 'Interested in the maintenance offer', 'New point of contact'],
};

export const emailSubjects: Texts = {
  fr: ['Proposition commerciale', 'Documentation technique', 'Confirmation du rendez-vous', 'Devis mis à jour', 'Remerciements'],
  en: ['Commercial proposal', 'Technical documentation', 'Meeting confirmation', 'Updated quote', 'Thank you'],
};

export const meetingPlaces: Texts = {
  fr: ['Visio Teams', 'Nos bureaux', 'Salle de réunion 2', 'Chez le client', 'Visio Zoom'],
  en: ['Teams call', 'Our office', 'Meeting room 2', 'At the client’s', 'Zoom call'],
};

export const allDaySubjects: Texts = {
  fr: ['Salon professionnel', 'Formation produit', 'Séminaire commercial'],
  en: ['Trade show', 'Product training', 'Sales seminar'],
};

export const activityNotes: Texts = {
  fr: ['Bon échange, attend notre proposition.', 'Demande un geste sur le prix.', 'À recontacter après les congés.', 'Souhaite une démonstration pour son équipe.'],
  en: ['Good talk, waiting for our proposal.', 'Asks for a better price.', 'Call back after the holidays.', 'Wants a demo for the team.'],
};
