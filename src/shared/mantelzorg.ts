/**
 * Mantelzorg words shared by the API and the web app: the relationships between a carer and
 * the person they care for, in the order the forms offer them.
 */
export const RELATIES = [
  'partner',
  'ouder',
  'kind',
  'broer-zus',
  'ander-familielid',
  'vriend',
  'buur',
  'anders',
] as const;
export type Relatie = (typeof RELATIES)[number];
