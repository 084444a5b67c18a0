/**
 * The organisations the hub knows, by id. Platforms record a challenge's publisher and an
 * application's applicant by name only; authorisation compares organisation ids, so a name is
 * turned into an id here. Records the hub wrote itself carry the id already and need no lookup.
 * A name the directory does not know has no id: nobody may act as its organisation.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const OrganizationSchema = z.object({
  organizationId: z.string().min(1),
  organizationName: z.string().min(1),
  city: z.string().min(1),
});
export type Organization = z.infer<typeof OrganizationSchema>;

export class OrganizationDirectory {
  private readonly idByName: ReadonlyMap<string, string>;

  constructor(organizations: readonly Organization[]) {
    const idByName = new Map<string, string>();
    for (const { organizationId, organizationName } of organizations) {
      const known = idByName.get(organizationName);
      // Two ids for one name would make every record of that name ambiguous: refuse the list.
      if (known !== undefined && known !== organizationId) throw new Error(`organisation name "${organizationName}" has two ids: ${known} and ${organizationId}`);
      idByName.set(organizationName, organizationId);
    }
    this.idByName = idByName;
  }

  /**
   * Reads a JSON array of `{ organizationId, organizationName, city }` (other fields are ignored,
   * so the gateway's API key file serves as well).
   */
  static fromFile(path: string): OrganizationDirectory {
    const parsed = z.array(OrganizationSchema).safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(`organisations file ${path} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return new OrganizationDirectory(parsed.data);
  }

  /** From ORGANIZATIONS_FILE when set; otherwise no organisation is known by name. */
  static fromEnv(env: NodeJS.ProcessEnv): OrganizationDirectory {
    const path = env['ORGANIZATIONS_FILE'];
    return path ? OrganizationDirectory.fromFile(path) : new OrganizationDirectory([]);
  }

  /** The id of the organisation a record names: the id the record carries, else the one its name is registered with. */
  idOf(name: string, recordedId?: string): string | undefined {
    return recordedId ?? this.idByName.get(name);
  }
}
