/** Roles of docs/rules.md §9 (the JWT `role` claim; Cognito groups in AWS). */
export const ROLES = [
  'hospital',
  'township',
  'poverty-office',
  'insurance-bureau',
  'health-commission',
  'housing-office',
  'education-bureau',
  'forestry-bureau',
  'finance',
  'civil-affairs',
  'disabled-federation',
  'audit',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as the token says. Every change records it (docs/rules.md §8). */
export interface Caller {
  sub: string;
  role: Role;
  /** Role `township`: the township the caller works for. */
  township?: string;
  /** Role `hospital`: the hospital's registry id. */
  hospitalId?: string;
  /** Set when the caller is a hospital's billing system: the OAuth client id registered to that hospital. */
  clientId?: string;
}
