/**
 * The whole sandbox: one stand-in platform per member, serving the corridor dataset in the
 * member's own dialect.
 */
import { join } from 'node:path';
import { MEMBERS, type Member } from '../schema/registry.js';
import { buildMemberDataset, type DatasetOptions } from './dataset/index.js';
import type { FaultSettings } from './kit/faults.js';
import { startStandIn, type RunningStandIn } from './kit/stand-in.js';
import { sandboxFactsFor, standInFor } from './platforms/index.js';

export interface SandboxOptions {
  members?: readonly Member[];
  dataset?: DatasetOptions;
  /** `fixed` (the default) binds each stand-in's own sandbox port; `ephemeral` (for tests) picks free ports; a function names each member's port. */
  ports?: 'fixed' | 'ephemeral' | ((member: Member) => number);
  /** Faults per member slug, added to the default behaviour; `*` applies to every member. */
  faults?: Readonly<Record<string, Partial<FaultSettings>>>;
  /** Folder of the platforms' data files (`<slug>.json`, what was written since the dataset); memory only when omitted. */
  dataFolder?: string;
}

/** Where the platforms keep their data files when run as a program: SANDBOX_DATA_DIR, `.data/platforms` by default. */
export function platformDataFolderFrom(env: NodeJS.ProcessEnv): string {
  return env['SANDBOX_DATA_DIR'] || '.data/platforms';
}

export interface RunningSandbox {
  platforms: ReadonlyMap<string, RunningStandIn>;
  /** The folder of the platforms' data files; undefined when they keep nothing. */
  dataFolder: string | undefined;
  urlOf(slug: string): string;
  close(): Promise<void>;
}

function portOf(member: Member, ports: SandboxOptions['ports']): number {
  if (ports === 'ephemeral') return 0;
  return typeof ports === 'function' ? ports(member) : sandboxFactsFor(member.slug).port;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const members = options.members ?? MEMBERS;
  const started = await Promise.allSettled(
    members.map((member) =>
      startStandIn({
        member,
        dataset: buildMemberDataset(member.slug, options.dataset),
        dialect: standInFor(member.slug),
        port: portOf(member, options.ports),
        faults: { ...sandboxFactsFor(member.slug).behaviour, ...options.faults?.['*'], ...options.faults?.[member.slug] },
        ...(options.dataFolder !== undefined && { dataFile: join(options.dataFolder, `${member.slug}.json`) }),
      }),
    ),
  );
  const running = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failure = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) {
    await Promise.all(running.map((platform) => platform.close()));
    throw failure.reason;
  }
  const platforms = new Map(running.map((platform) => [platform.member.slug, platform]));
  return {
    platforms,
    dataFolder: options.dataFolder,
    urlOf(slug) {
      const platform = platforms.get(slug);
      if (!platform) throw new Error(`The sandbox has no platform for "${slug}"`);
      return platform.url;
    },
    close: async () => {
      await Promise.all(running.map((platform) => platform.close()));
    },
  };
}
