/** The change event of a text field or select, as far as Kring's forms read it. */
export type Invoer = { currentTarget: { value: string } };
