/**
 * Taizhou's dialect: flat snake_case feed records, ISO dates, whole yuan, Chinese labels for
 * vocabularies and statuses, a contact as three flat columns.
 */
import { defineDialect, snakeCase } from '../../adapters/kit/dialect.js';

const contact = { name: 'contact_name', phone: 'contact_phone', email: 'contact_email' };

export const DIALECT = defineDialect({
  naming: snakeCase,
  record: { url: 'url', sourceUpdatedAt: 'updated_at' },
  paths: {
    carrier: { location: { lat: 'lat', lng: 'lng' }, floorArea: 'floor_area_sqm', freeArea: 'free_area_sqm', contact },
    application: { contact },
  },
});
