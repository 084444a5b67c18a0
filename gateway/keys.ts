/**
 * `npm run keys`: issues, lists and revokes the partner organisations' API keys in the gateway's
 * key file (API_KEYS_FILE, or `--file`). A new key is printed once, alone on stdout, and only its
 * SHA-256 is written, so neither the file nor the log of the command that ran it grants anything.
 *
 *   npm run keys -- add --org <organizationId> --name <organisation name> --city <slug> [--roles PUBLISHER,APPLICANT]
 *   npm run keys -- list
 *   npm run keys -- revoke <key id> | --org <organizationId>
 *
 * The file is rewritten whole (a temporary file renamed over it), so a gateway reading it never
 * sees half of it. The gateway reads it at start: restart it (rolling) for a change to count.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findMember, MEMBERS } from '../schema/registry.js';
import { ROLES, type Role } from '../subgraphs/identity.js';
import { readKeyFile, sha256, type ApiKeyEntry } from './api-keys.js';

/** A key names itself in lists by the start of its hash: enough to tell keys apart, useless to an attacker. */
const KEY_ID_LENGTH = 12;
/** Shortest key id `revoke` takes, so a typo cannot match many keys. */
const MIN_KEY_ID_LENGTH = 8;
/** Recognisable in a leaked paste or a secret scanner's rules. */
const KEY_PREFIX = 'chk_';

const USAGE = `usage:
  npm run keys -- add --org <organizationId> --name <organisation name> --city <slug> [--roles ${ROLES.join(',')}] [--file <key file>]
  npm run keys -- list [--file <key file>]
  npm run keys -- revoke <key id> | --org <organizationId> [--file <key file>]
The key file is --file or API_KEYS_FILE.`;

class UsageError extends Error {}

const keyIdOf = (entry: Pick<ApiKeyEntry, 'keySha256'>) => entry.keySha256.slice(0, KEY_ID_LENGTH);

function rolesFrom(raw: string | undefined): Role[] {
  if (raw === undefined || raw.trim() === '') return [];
  const roles = raw.split(',').map((role) => role.trim().toUpperCase());
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown.length) throw new UsageError(`unknown role ${unknown.join(', ')}: roles are ${ROLES.join(', ')}`);
  return [...new Set(roles)] as Role[];
}

function writeKeyFile(path: string, entries: readonly ApiKeyEntry[]): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(entries, null, 2)}\n`, { mode: 0o640 });
  renameSync(temporary, path);
}

function add(path: string, entries: ApiKeyEntry[], options: { org?: string; name?: string; city?: string; roles?: string }): void {
  const { org, name, city } = options;
  if (!org || !name || !city) throw new UsageError('add needs --org, --name and --city');
  if (!findMember(city)) throw new UsageError(`unknown member "${city}": members are ${MEMBERS.map((member) => member.slug).join(', ')}`);
  // The subgraphs map names to ids from this file (ORGANIZATIONS_FILE): an organisation has one name, a name one organisation.
  const sameOrganization = entries.find((entry) => entry.organizationId === org);
  if (sameOrganization && (sameOrganization.organizationName !== name || sameOrganization.city !== city)) {
    throw new UsageError(`${org} is already "${sameOrganization.organizationName}" of ${sameOrganization.city}; give the same name and city for its new key`);
  }
  const sameName = entries.find((entry) => entry.organizationName === name && entry.organizationId !== org);
  if (sameName) throw new UsageError(`"${name}" is already the name of ${sameName.organizationId}`);
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const entry: ApiKeyEntry = { keySha256: sha256(key), organizationId: org, organizationName: name, city, roles: rolesFrom(options.roles), createdAt: new Date().toISOString() };
  writeKeyFile(path, [...entries, entry]);
  console.error(`Issued key ${keyIdOf(entry)} to ${org} (${name}, ${city}; roles: ${entry.roles.join(', ') || 'none'}) in ${path}.`);
  console.error('The key is printed below once; only its SHA-256 is kept. Hand it to the organisation over a safe channel.');
  console.log(key);
}

function list(entries: readonly ApiKeyEntry[]): void {
  if (entries.length === 0) {
    console.log('no keys');
    return;
  }
  const rows = entries.map((entry) => [keyIdOf(entry), entry.organizationId, entry.organizationName, entry.city, entry.roles.join(',') || '-', entry.createdAt ?? '-']);
  const header = ['key id', 'organization', 'name', 'city', 'roles', 'issued'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
}

function revoke(path: string, entries: ApiKeyEntry[], keyId: string | undefined, org: string | undefined): void {
  if ((keyId === undefined) === (org === undefined)) throw new UsageError('revoke takes one key id, or --org for every key of an organisation');
  let revoked: ApiKeyEntry[];
  if (keyId !== undefined) {
    const prefix = keyId.toLowerCase();
    if (!/^[0-9a-f]+$/.test(prefix) || prefix.length < MIN_KEY_ID_LENGTH) throw new UsageError(`a key id is at least ${MIN_KEY_ID_LENGTH} hex digits, as \`list\` shows it`);
    revoked = entries.filter((entry) => entry.keySha256.startsWith(prefix));
    if (revoked.length > 1) throw new UsageError(`key id ${keyId} matches ${revoked.length} keys; give more of it`);
  } else {
    revoked = entries.filter((entry) => entry.organizationId === org);
  }
  if (revoked.length === 0) throw new UsageError(`no key ${keyId !== undefined ? `with id ${keyId}` : `of ${org}`} in ${path}`);
  writeKeyFile(path, entries.filter((entry) => !revoked.includes(entry)));
  for (const entry of revoked) console.log(`revoked ${keyIdOf(entry)} (${entry.organizationId}, ${entry.organizationName})`);
  console.error('Restart the gateway (a rolling restart keeps it serving) so it stops accepting the revoked keys.');
}

function run(argv: readonly string[]): void {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { org: { type: 'string' }, name: { type: 'string' }, city: { type: 'string' }, roles: { type: 'string' }, file: { type: 'string' } },
  });
  const [command, ...rest] = positionals;
  const path = values.file ?? process.env['API_KEYS_FILE'];
  if (!path) throw new UsageError('no key file: pass --file or set API_KEYS_FILE');
  // A first key makes the file; list and revoke need one.
  const entries = existsSync(path) ? readKeyFile(path) : command === 'add' ? [] : undefined;
  if (!entries) throw new UsageError(`${path} does not exist`);
  if (command === 'add' && rest.length === 0) return add(path, entries, values);
  if (command === 'list' && rest.length === 0) return list(entries);
  if (command === 'revoke' && rest.length <= 1) return revoke(path, entries, rest[0], values.org);
  throw new UsageError(command ? `unknown command or arguments: ${positionals.join(' ')}` : 'no command');
}

try {
  run(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof UsageError || (error instanceof Error && error.name === 'TypeError') ? `${error.message}\n\n${USAGE}` : String(error instanceof Error ? error.message : error));
  process.exit(2);
}
