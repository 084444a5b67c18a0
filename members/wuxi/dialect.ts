/**
 * Wuxi's dialect: XML record elements with PascalCase names, list elements (`<Tags><Tag>`),
 * Chinese labels for vocabularies, `YYYY-MM-DD` dates, money as 万元 decimal text (`面议` for a
 * negotiable reward); free text goes out in CDATA, as the service sends it.
 */
import { defineDialect, money, pascalCase, text, type Codec } from '../../adapters/kit/dialect.js';
import { cdata, childOf, textsOf, type XmlNode } from './soap.js';

/** The item element of each list element. */
const LIST_ITEMS: Readonly<Record<string, string>> = { Tags: 'Tag', Categories: 'Category', Industries: 'Industry', Services: 'Service' };

function xmlList(container: string): Codec<string[]> {
  const item = LIST_ITEMS[container]!;
  return { read: (raw) => textsOf({ [container]: raw } as XmlNode, container, item), write: (items) => ({ [item]: items }) };
}

const cdataText: Codec<string> = { ...text, write: cdata };

export const DIALECT = defineDialect<XmlNode>({
  naming: pascalCase,
  record: { sourceUpdatedAt: 'UpdateTime' },
  paths: {
    policy: { publishedOn: 'PublishDate', effectiveFrom: 'EffectiveDate', expiresOn: 'ExpiryDate', maxSupportYuan: 'MaxSupport' },
    carrier: { location: { lat: 'Location.Latitude', lng: 'Location.Longitude' } },
    challenge: { publisherKind: 'PublisherType', rewardYuan: 'Reward', publishedOn: 'PublishDate' },
    application: { submittedAt: 'SubmitTime' },
  },
  lists: xmlList,
  money: money.wanText(),
  emptyText: undefined,
  codecs: {
    // The service always writes a reward, so an empty one is an error rather than a silent 面议.
    challenge: { rewardYuan: money.wanText({ present: true }), title: cdataText, description: cdataText, publisher: cdataText, technicalField: cdataText, requirements: cdataText },
    application: { applicantOrganization: cdataText, proposal: cdataText },
  },
  // Child elements by name; an empty one (`<Contact/>`) has no children. Errors name the element.
  resolve: (node, path) => {
    const names = path.split('.');
    return names.slice(0, -1).reduce(childOf, node)[names.at(-1)!];
  },
  fieldName: (path) => path.split('.').at(-1)!,
});
