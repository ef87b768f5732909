/** French first names, last names and street names for generated people and homes. */
export const FEMALE_FIRST = [
  'Marie', 'Nathalie', 'Isabelle', 'Sylvie', 'Catherine', 'Sandrine', 'Christine', 'Céline', 'Aurélie', 'Julie',
  'Camille', 'Léa', 'Manon', 'Chloé', 'Emma', 'Inès', 'Sarah', 'Laura', 'Amina', 'Fatima',
  'Sophie', 'Émilie', 'Pauline', 'Claire', 'Élodie', 'Karima', 'Yasmine', 'Lucie', 'Océane', 'Mélanie',
];
export const MALE_FIRST = [
  'Jean', 'Pierre', 'Michel', 'Philippe', 'Alain', 'Nicolas', 'Christophe', 'Laurent', 'Stéphane', 'Julien',
  'Thomas', 'Lucas', 'Hugo', 'Nathan', 'Théo', 'Mohamed', 'Karim', 'Youssef', 'Antoine', 'Maxime',
  'Kevin', 'Romain', 'Sébastien', 'David', 'Olivier', 'Bruno', 'Mehdi', 'Alexandre', 'Quentin', 'Mathieu',
];
export const LAST = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent',
  'Simon', 'Michel', 'Lefebvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard',
  'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Lefèvre', 'Faure', 'André',
  'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Garcia',
  'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier', 'Masson',
  'Benali', 'Haddad', 'Nguyen', 'Diallo', 'Traoré', 'Da Silva', 'Ferreira', 'Kaya', 'Cohen', 'Lopez',
];
export const STREETS = [
  'rue de la République', 'avenue Jean Jaurès', 'rue Victor Hugo', 'boulevard Gambetta', 'rue Pasteur', 'rue de la Gare',
  'allée des Tilleuls', 'rue du Moulin', 'avenue de la Libération', 'rue Jules Ferry', 'place de l’Église', 'rue des Écoles',
  'rue Émile Zola', 'chemin des Vignes', 'rue du Stade', 'avenue du Général de Gaulle', 'rue Voltaire', 'impasse des Lilas',
];
export const PROFESSIONS = [
  'aide-soignante', 'technicien de maintenance', 'employée administrative', 'agent logistique', 'infirmière', 'cariste',
  'vendeuse', 'cuisinier', 'comptable', 'chauffeur livreur', 'assistante commerciale', 'électricien', 'développeur', 'préparatrice de commandes',
];

/** ASCII, lower case, no spaces: for e-mail addresses. */
export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
