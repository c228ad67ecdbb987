import { describe, expect, it } from 'vitest';
import { mailVoor, taalUit } from './mail-teksten.ts';

describe('mail-teksten', () => {
  it('writes the link in the text and the HTML, and escapes the name in HTML', () => {
    const link = 'https://stein.example.nl/wachtwoord-herstellen#token=abc';
    const mail = mailVoor('wachtwoord-herstel', 'nl', 'Ans <b>', link);
    expect(mail.onderwerp).toBe('Nieuw wachtwoord voor Kring');
    expect(mail.tekst).toContain(link);
    expect(mail.tekst).toContain('30 minuten');
    expect(mail.html).toContain('href="https://stein.example.nl/wachtwoord-herstellen#token=abc"');
    expect(mail.html).toContain('Ans &lt;b&gt;');
    expect(mail.html).not.toContain('<b>');
  });

  it('speaks English to who asks in English, Dutch otherwise', () => {
    expect(taalUit('en-GB,en;q=0.9')).toBe('en');
    expect(taalUit('nl')).toBe('nl');
    expect(taalUit(undefined)).toBe('nl');
    expect(mailVoor('email-verificatie', 'en', 'Ans', 'x').onderwerp).toMatch(/^Confirm/);
  });
});
