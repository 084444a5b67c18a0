/**
 * Wuxi's dialect: XML record elements with PascalCase names, list elements (`<Tags><Tag>`),
 * Chinese labels for vocabularies, members as the cities' Chinese names (`<Cities><City>`),
 * `YYYY-MM-DD` dates, money as 万元 decimal text (`面议` for a negotiable reward or asking price);
 * free text goes out in CDATA, as the service sends it.
 */
import { defineDialect, money, pascalCase, text, type Codec } from '../../adapters/kit/dialect.js';
import { FIELD_LIST_ITEMS, cdata, childOf, textsOf, type XmlNode } from './soap.js';

function xmlList(container: string): Codec<string[]> {
  const item = FIELD_LIST_ITEMS[container]!;
  return { read: (raw) => textsOf({ [container]: raw } as XmlNode, container, item), write: (items) => ({ [item]: items }) };
}

const cdataText: Codec<string> = { ...text, write: cdata };
const location = { lat: 'Location.Latitude', lng: 'Location.Longitude' };

export const DIALECT = defineDialect<XmlNode>({
  naming: pascalCase,
  record: { sourceUpdatedAt: 'UpdateTime' },
  paths: {
    policy: { publishedOn: 'PublishDate', effectiveFrom: 'EffectiveDate', expiresOn: 'ExpiryDate', maxSupportYuan: 'MaxSupport' },
    carrier: { location },
    challenge: { publisherKind: 'PublisherType', rewardYuan: 'Reward', publishedOn: 'PublishDate', technologyManagerIds: 'TechManagerIds' },
    financeProduct: { productKind: 'ProductType', minAmountYuan: 'MinAmount', maxAmountYuan: 'MaxAmount', servingMembers: 'ServiceCities', publishedOn: 'PublishDate' },
    talentService: { serviceKind: 'ServiceType', location, publishedOn: 'PublishDate' },
    achievement: { askingPriceYuan: 'AskingPrice', publishedOn: 'PublishDate' },
    cooperation: { cooperationKind: 'CooperationType', members: 'Cities', startedOn: 'StartDate', endsOn: 'EndDate' },
    consortium: { members: 'Cities', foundedOn: 'FoundDate' },
    application: { submittedAt: 'SubmitTime' },
  },
  lists: xmlList,
  money: money.wanText(),
  emptyText: undefined,
  codecs: {
    // The service always writes a reward and an asking price, so an empty one is an error rather than a silent 面议.
    challenge: { rewardYuan: money.wanText({ present: true }), title: cdataText, description: cdataText, publisher: cdataText, technicalField: cdataText, requirements: cdataText },
    achievement: { askingPriceYuan: money.wanText({ present: true }) },
    application: { applicantOrganization: cdataText, proposal: cdataText },
  },
  // Child elements by name; an empty one (`<Contact/>`) has no children. Errors name the element.
  resolve: (node, path) => {
    const names = path.split('.');
    return names.slice(0, -1).reduce(childOf, node)[names.at(-1)!];
  },
  fieldName: (path) => path.split('.').at(-1)!,
});
