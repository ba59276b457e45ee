import type { ContactChannel } from '../../model/contact.js';
import type { RecordIssues } from './record-context.js';
import { isEmail, isPhoneNumber, readText, type WebUrlReader } from './values.js';

// The spec's numbered contacts, contact_1_… to contact_3_….
const NUMBERED_CONTACTS = [1, 2, 3].map((n) => ({
  name: `contact_${n}_name`,
  email: `contact_${n}_email`,
  phone: `contact_${n}_phone`,
}));

function addContact(contacts: ContactChannel[], channel: ContactChannel, key: string): void {
  for (const existing of contacts) {
    const existingKey =
      existing.type === 'email'
        ? existing.address.toLowerCase()
        : existing.type === 'phone'
          ? existing.number
          : '';
    if (existingKey === key) return;
  }
  contacts.push(channel);
}

function readEmail(
  raw: Record<string, unknown>,
  field: string,
  label: string | undefined,
  contacts: ContactChannel[],
  say: RecordIssues,
): void {
  const value = readText(raw[field]);
  if (value === undefined) return;
  if (!isEmail(value)) {
    say.add(field, 'warning', 'contact-invalid', `"${value}" is not an email address; left out.`);
    return;
  }
  const channel: ContactChannel =
    label === undefined ? { type: 'email', address: value } : { type: 'email', address: value, label };
  addContact(contacts, channel, value.toLowerCase());
}

function readPhone(
  raw: Record<string, unknown>,
  field: string,
  label: string | undefined,
  contacts: ContactChannel[],
  say: RecordIssues,
): void {
  const value = readText(raw[field]);
  if (value === undefined) return;
  if (!isPhoneNumber(value)) {
    say.add(field, 'warning', 'contact-invalid', `"${value}" is not a phone number; left out.`);
    return;
  }
  const channel: ContactChannel =
    label === undefined ? { type: 'phone', number: value } : { type: 'phone', number: value, label };
  addContact(contacts, channel, value);
}

/** Reads the record's email, phone, numbered contacts and website into contact channels, leaving out (and reporting) what is not valid. */
export function readContacts(
  raw: Record<string, unknown>,
  webUrls: WebUrlReader,
  say: RecordIssues,
): ContactChannel[] {
  const contacts: ContactChannel[] = [];
  readEmail(raw, 'email', undefined, contacts, say);
  readPhone(raw, 'phone', undefined, contacts, say);
  for (const fields of NUMBERED_CONTACTS) {
    if (raw[fields.email] === undefined && raw[fields.phone] === undefined) continue;
    const label = readText(raw[fields.name]);
    readEmail(raw, fields.email, label, contacts, say);
    readPhone(raw, fields.phone, label, contacts, say);
  }
  const website = readText(raw.website);
  if (website !== undefined) {
    const url = webUrls.read(website);
    if (url === undefined)
      say.add('website', 'warning', 'contact-invalid', `"${website}" is not a web address; left out.`);
    else contacts.push({ type: 'website', url });
  }
  return contacts;
}
