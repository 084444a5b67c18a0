/** 我要发榜: a challenge published in the signed-in organisation's member city. */
import { useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import type { ChallengeCardFragment, Industry, PublisherKind, ReceiptFragment } from '../gql/graphql';
import { useI18n, type MessageKey } from '../i18n';
import { href } from '../route';
import { useMembers } from '../status/members';
import { FieldProblem, FormProblems, ReceiptView, useWrite } from './writes';

const PublishDocument = graphql(`
  mutation PublishChallenge($input: PublishChallengeInput!, $idempotencyKey: String!) {
    publishChallenge(input: $input, idempotencyKey: $idempotencyKey) {
      receipt { ...Receipt }
      challenge { id ...ChallengeCard }
    }
  }
`);

const TEXT_FIELDS: readonly { name: 'title' | 'technicalField' | 'description' | 'requirements'; label: MessageKey; multiline: boolean }[] = [
  { name: 'title', label: 'fieldTitle', multiline: false },
  { name: 'technicalField', label: 'fieldTechnicalField', multiline: false },
  { name: 'description', label: 'fieldDescription', multiline: true },
  { name: 'requirements', label: 'fieldRequirements', multiline: true },
];

const FORM_FIELDS = ['city', 'title', 'technicalField', 'description', 'requirements', 'publisherKind', 'industries', 'rewardYuan', 'deadline', 'tags'];

export function PublishForm() {
  const { t, label, values, cityName, field } = useI18n();
  const { members } = useMembers();
  const { run, problems, loading } = useWrite(PublishDocument);
  const [published, setPublished] = useState<{ receipt: ReceiptFragment; challenge: ChallengeCardFragment | null } | null>(null);
  const [form, setForm] = useState({
    city: '',
    title: '',
    technicalField: '',
    description: '',
    requirements: '',
    publisherKind: 'ENTERPRISE' as PublisherKind,
    industries: [] as Industry[],
    rewardYuan: '',
    deadline: '',
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { rewardYuan, ...rest } = form;
    const data = await run({ input: { ...rest, rewardYuan: rewardYuan.trim() === '' ? null : Number(rewardYuan) } });
    if (data) setPublished(data.publishChallenge);
  };
  const toggleIndustry = (industry: Industry) =>
    setForm({ ...form, industries: form.industries.includes(industry) ? form.industries.filter((other) => other !== industry) : [...form.industries, industry] });
  return (
    <form className="write-form publish-form" onSubmit={submit} noValidate>
      <h3>{t('publishTitle')}</h3>
      <label>
        {t('fieldCity')}
        <select name="city" value={form.city} onChange={(event) => setForm({ ...form, city: event.target.value })}>
          <option value="" disabled>—</option>
          {members.map((member) => <option key={member.slug} value={member.slug}>{cityName(member)}</option>)}
        </select>
        <FieldProblem problems={problems} field="city" />
      </label>
      {TEXT_FIELDS.map((field) => (
        <label key={field.name}>
          {t(field.label)}
          {field.multiline ? (
            <textarea name={field.name} rows={3} value={form[field.name]} onChange={(event) => setForm({ ...form, [field.name]: event.target.value })} />
          ) : (
            <input name={field.name} value={form[field.name]} onChange={(event) => setForm({ ...form, [field.name]: event.target.value })} />
          )}
          <FieldProblem problems={problems} field={field.name} />
        </label>
      ))}
      <label>
        {t('fieldPublisherKind')}
        <select name="publisherKind" value={form.publisherKind} onChange={(event) => setForm({ ...form, publisherKind: event.target.value as PublisherKind })}>
          {values('PublisherKind').map((kind) => <option key={kind} value={kind}>{label('PublisherKind', kind)}</option>)}
        </select>
      </label>
      <fieldset className="industries" data-field="industries">
        <legend>{t('fieldIndustries')}</legend>
        {(values('Industry') as Industry[]).map((industry) => (
          <label key={industry} className="facet">
            <input type="checkbox" name="industries" value={industry} checked={form.industries.includes(industry)} onChange={() => toggleIndustry(industry)} />
            {label('Industry', industry)}
          </label>
        ))}
        <FieldProblem problems={problems} field="industries" />
      </fieldset>
      <label>
        {t('fieldReward')}
        <input name="rewardYuan" inputMode="numeric" value={form.rewardYuan} onChange={(event) => setForm({ ...form, rewardYuan: event.target.value })} />
        <FieldProblem problems={problems} field="rewardYuan" />
      </label>
      <label>
        {t('fieldDeadline')}
        <input name="deadline" type="date" value={form.deadline} onChange={(event) => setForm({ ...form, deadline: event.target.value })} />
        <FieldProblem problems={problems} field="deadline" />
      </label>
      <FormProblems problems={problems} fields={FORM_FIELDS} />
      <button type="submit" className="primary" disabled={loading}>{t('publishButton')}</button>
      {published && (
        <div className="published">
          <ReceiptView key={published.receipt.idempotencyKey} receipt={published.receipt} />
          {published.challenge && <a href={href({ page: 'record', kind: 'challenge', id: published.challenge.id })}>{field(t('viewChallenge'), published.challenge.title)}</a>}
        </div>
      )}
    </form>
  );
}
