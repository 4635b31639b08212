/**
 * The parts of Open Referral UK 3.0 records that we publish and read. Field
 * names are the standard's (snake_case). Fields marked "HSDS 3.0" belong to the
 * full Human Services Data Specification but not the UK profile's schema; the
 * schema allows extra fields, so UK consumers ignore them and HSDS ones use them.
 */

export interface OrukTaxonomyTerm {
  id: string;
  name: string;
  description: string;
  parent_id?: string;
  taxonomy?: string;
  taxonomy_id?: string;
  term_uri?: string;
  term?: string;
}

export interface OrukTaxonomy {
  id: string;
  name: string;
  description: string;
  uri?: string;
  version?: string;
  taxonomy_terms?: OrukTaxonomyTerm[];
}

export interface OrukAttribute {
  id: string;
  link_id?: string;
  link_type?: string;
  taxonomy_term_id?: string;
  taxonomy_term?: OrukTaxonomyTerm;
}

/** HSDS 3.0 phone; the UK profile defines the table but links it to nothing. */
export interface OrukPhone {
  id: string;
  service_id?: string;
  organization_id?: string;
  number: string;
  type?: string;
  description?: string;
}

export interface OrukAddress {
  id: string;
  location_id?: string;
  address_1: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical' | 'postal' | 'virtual';
}

export interface OrukAccessibility {
  id: string;
  location_id?: string;
  description?: string;
  details?: string;
  url?: string;
  accessibility?: string;
  attributes?: OrukAttribute[];
}

export interface OrukLocation {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  name?: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  addresses?: OrukAddress[];
  accessibility?: OrukAccessibility[];
  attributes?: OrukAttribute[];
}

export interface OrukServiceAtLocation {
  id: string;
  service_id?: string;
  location_id?: string;
  location?: OrukLocation;
  service?: OrukService;
}

export interface OrukSchedule {
  id: string;
  service_id?: string;
  service_at_location_id?: string;
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byday?: string;
  bymonthday?: string;
  description?: string;
  opens_at?: string;
  closes_at?: string;
  schedule_link?: string;
  attending_type?: string;
  notes?: string;
}

export interface OrukLanguage {
  id: string;
  service_id?: string;
  phone_id?: string;
  /** HSDS 3.0 */
  name?: string;
  /** HSDS 3.0: ISO 639 code */
  code?: string;
}

export interface OrukCostOption {
  id: string;
  service_id?: string;
  valid_from?: string;
  valid_to?: string;
  option?: string;
  amount?: number;
  amount_description?: string;
  /** HSDS 3.0 */
  currency?: string;
}

export interface OrukContact {
  id: string;
  service_id?: string;
  name?: string;
  title?: string;
}

export interface OrukOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  logo?: string;
  uri?: string;
  parent_organization_id?: string;
  organization_identifiers?: unknown[];
  attributes?: OrukAttribute[];
  /** HSDS 3.0 */
  phones?: OrukPhone[];
  services?: OrukService[];
}

export type OrukStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

export interface OrukService {
  id: string;
  organization_id?: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status: OrukStatus;
  fees?: string;
  accreditations?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  assurer_email?: string;
  alert?: string;
  last_modified?: string;
  /** HSDS 3.0 */
  summary?: string;
  /** HSDS 3.0 */
  eligibility_description?: string;
  /** HSDS 3.0 */
  application_process?: string;
  schedules?: OrukSchedule[];
  service_areas?: unknown[];
  service_at_locations?: OrukServiceAtLocation[];
  languages?: OrukLanguage[];
  organization?: OrukOrganization;
  funding?: unknown[];
  cost_options?: OrukCostOption[];
  contacts?: OrukContact[];
  attributes?: OrukAttribute[];
  /** HSDS 3.0 */
  phones?: OrukPhone[];
}

/** The 3.0 paging envelope every list endpoint returns. */
export interface OrukPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}
