/** Long work under way: its progress and its cancel button (French, the reference for en.ts). */
export const tasksFr = {
  phase: {
    reading: 'Lecture du fichier…',
    checking: 'Vérification des lignes…',
    saving: 'Enregistrement…',
    writing: 'Écriture du fichier…',
    merging: 'Fusion des lettres…',
    scanning: 'Recherche des doublons…',
  },
  count: '{{done, number}} sur {{total, number}}',
  countOpen: '{{done, number}}',
  cancel: 'Annuler',
  cancelling: 'Annulation…',
  cancelled: 'Annulé : rien n’a été modifié.',
} as const;
