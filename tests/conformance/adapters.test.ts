import { MEMBERS } from '../../schema/registry.js';
import { describeConformance } from './kit.js';

for (const member of MEMBERS) describeConformance(member.slug);
