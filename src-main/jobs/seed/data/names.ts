/*
 * First and last names, most common first (picks are weighted by rank). French lists keep their
 * accents on purpose: sorting, search ("helene" finds "Hélène") and e-mail derivation are
 * exercised by them.
 */

export const frenchFemaleFirstNames = [
  'Marie', 'Nathalie', 'Isabelle', 'Sophie', 'Sylvie', 'Catherine', 'Camille', 'Hélène', 'Valérie', 'Christine',
  'Céline', 'Julie', 'Stéphanie', 'Sandrine', 'Véronique', 'Aurélie', 'Émilie', 'Chloé', 'Léa', 'Manon',
  'Françoise', 'Cécile', 'Laurence', 'Anne', 'Claire', 'Delphine', 'Élodie', 'Mélanie', 'Pauline', 'Sarah',
  'Caroline', 'Virginie', 'Martine', 'Monique', 'Brigitte', 'Patricia', 'Florence', 'Karine', 'Corinne', 'Agnès',
  'Bérénice', 'Zoé', 'Inès', 'Clémence', 'Margaux', 'Lucie', 'Juliette', 'Charlotte', 'Alice', 'Louise',
  'Emma', 'Jade', 'Océane', 'Maëlle', 'Noémie', 'Anaïs', 'Mathilde', 'Justine', 'Marion', 'Laura',
  'Héloïse', 'Adèle', 'Léonie', 'Amélie', 'Geneviève', 'Thérèse', 'Josée', 'Séverine', 'Frédérique', 'Gaëlle',
  'Maïté', 'Solène', 'Salomé', 'Maëva', 'Ophélie', 'Éloïse', 'Gwenaëlle', 'Mégane', 'Leïla', 'Yasmine',
  'Nadia', 'Fatima', 'Jeanne', 'Eva', 'Romane', 'Ambre', 'Elsa', 'Lina', 'Rose', 'Capucine',
  'Anne-Sophie', 'Marie-Hélène', 'Marie-Claire', 'Anne-Laure', 'Marie-Christine', 'Marie-José', 'Anne-Cécile', 'Aude', 'Bénédicte', 'Édith',
] as const;

export const frenchMaleFirstNames = [
  'Jean', 'Philippe', 'Nicolas', 'Michel', 'Pierre', 'Stéphane', 'Christophe', 'Frédéric', 'Éric', 'Laurent',
  'Olivier', 'Sébastien', 'David', 'Thierry', 'Patrick', 'Julien', 'Thomas', 'Alain', 'François', 'Jérôme',
  'Antoine', 'Alexandre', 'Mathieu', 'Guillaume', 'Romain', 'Maxime', 'Jérémy', 'Cédric', 'Benoît', 'Rémi',
  'Hugo', 'Lucas', 'Léo', 'Louis', 'Gabriel', 'Raphaël', 'Arthur', 'Théo', 'Mathéo', 'Noé',
  'Clément', 'Grégory', 'Hervé', 'Gérard', 'René', 'André', 'Joël', 'Noël', 'Loïc', 'Gaël',
  'Yannick', 'Bruno', 'Didier', 'Pascal', 'Daniel', 'Bernard', 'Jacques', 'Dominique', 'Denis', 'Fabrice',
  'Franck', 'Vincent', 'Damien', 'Benjamin', 'Florian', 'Kévin', 'Anthony', 'Adrien', 'Baptiste', 'Valentin',
  'Quentin', 'Bastien', 'Aurélien', 'Ludovic', 'Sylvain', 'Arnaud', 'Xavier', 'Yves', 'Émile', 'Étienne',
  'Félix', 'Côme', 'Timothée', 'Mickaël', 'Jérémie', 'Aimé', 'Honoré', 'Mehdi', 'Karim', 'Youssef',
  'Jean-François', 'Jean-Pierre', 'Jean-Luc', 'Jean-Marc', 'Pierre-Yves', 'Jean-Sébastien', 'Jean-Michel', 'Marc-Antoine', 'Régis', 'Gilles',
] as const;

export const frenchLastNames = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent',
  'Simon', 'Michel', 'Lefèvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard',
  'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Lefebvre', 'Faure', 'André',
  'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Garcia',
  'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier', 'Masson',
  'Marchand', 'Duval', 'Denis', 'Dumont', 'Marie', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier',
  'Brun', 'Blanchard', 'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud',
  'Martinez', 'Gérard', 'Roche', 'Renard', 'Schmitt', 'Roy', 'Leroux', 'Colin', 'Vidal', 'Caron',
  'Picard', 'Roger', 'Fabre', 'Aubert', 'Lemoine', 'Renaud', 'Dumas', 'Lacroix', 'Olivier', 'Philippe',
  'Bourgeois', 'Pierre', 'Benoît', 'Rey', 'Leclerc', 'Payet', 'Rolland', 'Leclercq', 'Guillaume', 'Lecomte',
  'Lopez', 'Dupuy', 'Guillot', 'Hubert', 'Berger', 'Carpentier', 'Sanchez', 'Dupuis', 'Moulin', 'Louis',
  'Deschamps', 'Huet', 'Vasseur', 'Perez', 'Boucher', 'Fleury', 'Royer', 'Klein', 'Jacquet', 'Adam',
  'Poirier', 'Marty', 'Aubry', 'Guyot', 'Carré', 'Charles', 'Renault', 'Charpentier', 'Ménard', 'Maillard',
  'Baron', 'Bertin', 'Bailly', 'Hervé', 'Schneider', 'Fernandez', 'Le Gall', 'Collet', 'Léger', 'Bouvier',
  'Julien', 'Prévost', 'Millet', 'Perrot', 'Daniel', 'Le Roux', 'Cousin', 'Germain', 'Breton', 'Besson',
  'Langlois', 'Rémy', 'Le Goff', 'Pelletier', 'Lévêque', 'Perrier', 'Leblanc', 'Barré', 'Lebrun', 'Marchal',
  'Weber', 'Mallet', 'Hamon', 'Boulanger', 'Jacob', 'Monnier', 'Michaud', 'Rodriguez', 'Guichard', 'Gillet',
  'Étienne', 'Grondin', 'Poulain', 'Tessier', 'Chevallier', 'Collin', 'Chauvin', 'Da Silva', 'Bouchet', 'Lemaître',
  'Bénard', 'Maréchal', 'Humbert', 'Reynaud', 'Antoine', 'Hoarau', 'Perret', 'Barthélemy', 'Cordier', 'Pichon',
  'Lejeune', 'Gilbert', 'Lamy', 'Delaunay', 'Pasquier', 'Carlier', 'Laporte', 'Hébert', 'Séguin', 'Béranger',
  'Bérard', 'Thénard', 'Després', 'Lesage', 'Dupond', 'Dupontel', "D'Almeida", 'de La Fontaine', 'Deléglise', 'Frémont',
] as const;

export const englishFemaleFirstNames = [
  'Sarah', 'Emma', 'Emily', 'Olivia', 'Sophie', 'Charlotte', 'Jessica', 'Hannah', 'Lucy', 'Amelia',
  'Grace', 'Isla', 'Ava', 'Mia', 'Poppy', 'Ella', 'Lily', 'Evie', 'Isabella', 'Ruby',
  'Rebecca', 'Laura', 'Claire', 'Helen', 'Rachel', 'Victoria', 'Catherine', 'Elizabeth', 'Jennifer', 'Amy',
  'Zoë', 'Chloë', 'Renée', 'Niamh', 'Siobhan', 'Fiona', 'Kate', 'Alice', 'Harriet', 'Eleanor',
] as const;

export const englishMaleFirstNames = [
  'James', 'David', 'John', 'Michael', 'Paul', 'Andrew', 'Mark', 'Richard', 'Peter', 'Christopher',
  'Oliver', 'George', 'Harry', 'Jack', 'Jacob', 'Noah', 'Charlie', 'Thomas', 'Oscar', 'William',
  'Henry', 'Leo', 'Alfie', 'Joshua', 'Freddie', 'Archie', 'Ethan', 'Isaac', 'Alexander', 'Daniel',
  'Samuel', 'Benjamin', 'Edward', 'Stephen', 'Matthew', 'Robert', 'Simon', 'Gareth', 'Rhys', 'Callum',
] as const;

export const englishLastNames = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson',
  'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall',
  'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill',
  'Ward', 'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen',
  'James', 'Scott', 'Phillips', 'Watson', 'Davis', 'Parker', 'Price', 'Bennett', 'Young', 'Griffiths',
  'Mitchell', 'Kelly', 'Cook', 'Carter', 'Richardson', 'Bailey', 'Collins', 'Bell', 'Shaw', 'Murphy',
  'Miller', 'Cox', 'Richards', 'Khan', 'Marshall', 'Anderson', 'Simpson', 'Ellis', 'Adams', 'Singh',
  'Wilkinson', 'Foster', 'Chapman', 'Powell', 'Webb', 'Rogers', 'Gray', 'Mason', 'Ali', 'Hunt',
  'Hussain', 'Campbell', 'Matthews', 'Owen', 'Palmer', 'Holmes', 'Mills', 'Barnes', 'Knight', 'Lloyd',
  'Butler', 'Russell', 'Barker', 'Fisher', 'Stevens', 'Jenkins', "O'Brien", "O'Connor", 'McDonald', 'Fletcher',
] as const;
