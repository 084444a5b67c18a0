/** 我要揭榜: an application to an open challenge, by the signed-in organisation. */
import { useReactiveVar } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { apiKeyVar } from '../apollo';
import { graphql } from '../gql';
import type { ReceiptFragment } from '../gql/graphql';
import { useI18n } from '../i18n';
import { href } from '../route';
import { FieldProblem, FormProblems, ReceiptView, useWrite } from './writes';

const ApplyDocument = graphql(`
  mutation ApplyToChallenge($input: ApplyToChallengeInput!, $idempotencyKey: String!) {
    applyToChallenge(input: $input, idempotencyKey: $idempotencyKey) {
      receipt { ...Receipt }
      application { ...ApplicantApplication }
    }
  }
`);

const FIELDS = ['proposal', 'contact', 'contact.name', 'contact.phone', 'contact.email'] as const;

export function ApplyForm({ challengeId }: { challengeId: string }) {
  const { t } = useI18n();
  const signedIn = useReactiveVar(apiKeyVar) !== null;
  const { run, problems, loading } = useWrite(ApplyDocument);
  const [receipt, setReceipt] = useState<ReceiptFragment | null>(null);
  const [form, setForm] = useState({ proposal: '', name: '', phone: '', email: '' });
  if (!signedIn) {
    return (
      <p className="muted">
        <a href={href({ page: 'marketplace' })}>{t('signInToApply')}</a>
      </p>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const data = await run({ input: { challengeId, proposal: form.proposal, contact: { name: form.name, phone: form.phone, email: form.email } } });
    if (data) setReceipt(data.applyToChallenge.receipt);
  };
  const field = (name: 'name' | 'phone' | 'email', labelKey: 'fieldContactName' | 'fieldContactPhone' | 'fieldContactEmail') => (
    <label>
      {t(labelKey)}
      <input name={`contact.${name}`} value={form[name]} onChange={(event) => setForm({ ...form, [name]: event.target.value })} type={name === 'email' ? 'email' : 'text'} />
      <FieldProblem problems={problems} field={`contact.${name}`} />
    </label>
  );
  return (
    <form className="write-form apply-form" onSubmit={submit} noValidate>
      <h3>{t('applyTitle')}</h3>
      <label>
        {t('fieldProposal')}
        <textarea name="proposal" rows={4} value={form.proposal} onChange={(event) => setForm({ ...form, proposal: event.target.value })} />
        <FieldProblem problems={problems} field="proposal" />
      </label>
      {field('name', 'fieldContactName')}
      {field('phone', 'fieldContactPhone')}
      {field('email', 'fieldContactEmail')}
      <FieldProblem problems={problems} field="contact" />
      <FormProblems problems={problems} fields={FIELDS} />
      <button type="submit" disabled={loading}>{t('applyButton')}</button>
      {receipt && <ReceiptView key={receipt.idempotencyKey} receipt={receipt} />}
    </form>
  );
}
