/** Money and dates as each language writes them. */
import type { Language } from './i18n';

/** 万元 in Chinese, as the platforms and documents write amounts; compact yuan in English. */
export function formatMoney(money: { yuan: number; wan: number }, language: Language): string {
  if (language === 'zh') return `${money.wan.toLocaleString('zh-CN')} 万元`;
  return new Intl.NumberFormat('en', { style: 'currency', currency: 'CNY', notation: 'compact', maximumFractionDigits: 1 }).format(money.yuan);
}

/** An instant in Beijing time, to the minute. */
export function formatInstant(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(new Date(iso));
}
