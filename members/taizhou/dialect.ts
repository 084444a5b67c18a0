/**
 * Taizhou's dialect: flat snake_case feed records, ISO dates, whole yuan, Chinese labels for
 * vocabularies and statuses, a contact as three flat columns, members as the cities' Chinese names.
 */
import { defineDialect, snakeCase } from '../../adapters/kit/dialect.js';

const contact = { name: 'contact_name', phone: 'contact_phone', email: 'contact_email' };
const location = { lat: 'lat', lng: 'lng' };

export const DIALECT = defineDialect({
  naming: snakeCase,
  record: { url: 'url', sourceUpdatedAt: 'updated_at' },
  paths: {
    carrier: { location, floorArea: 'floor_area_sqm', freeArea: 'free_area_sqm', contact },
    financeProduct: { servingMembers: 'serving_cities', contact },
    talentService: { location, contact },
    achievement: { contact },
    cooperation: { members: 'cities' },
    technologyManager: { contact },
    consortium: { members: 'cities' },
    application: { contact },
  },
});
