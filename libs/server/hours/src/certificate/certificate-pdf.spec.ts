import { renderCertificate, type CertificateData } from './certificate-pdf';
import { pdfText } from '@miteinander/testing';

const data: CertificateData = {
  volunteerName: 'Jürgen Özdemir-Çelik',
  dateOfBirth: '1990-04-12',
  from: '2025-03-01',
  to: '2026-02-14',
  organisations: ['Tafel Borna e. V.', 'Ökumenisches Begegnungscafé Grimma'],
  activities: ['Lernunterstützung', 'Сопровождение к врачу'],
  byYear: [{ year: 2025, minutes: 600 }, { year: 2026, minutes: 150 }],
  totalMinutes: 750,
  trainings: [{ title: 'Interkulturelle Kommunikation', date: '2025-05-20' }],
  competences: ['Teamfähigkeit', 'Zuverlässigkeit'],
  countyName: 'Landkreis Leipzig',
  issuedOn: '2026-03-01',
};

describe('certificate PDF', () => {
  it('states name, organisations, activities, hours by year and total in German, with umlauts, Turkish and Cyrillic', async () => {
    const pdf = await renderCertificate(data, 'de');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Ehrenamtsnachweis');
    expect(text).toContain('Jürgen Özdemir-Çelik');
    expect(text).toContain('Ökumenisches Begegnungscafé Grimma');
    expect(text).toContain('Сопровождение к врачу');
    expect(text).toMatch(/vom 01\.03\.2025\s+bis zum 14\.02\.2026/);
    expect(text).toContain('10 Stunden');
    expect(text).toContain('2,5 Stunden');
    expect(text).toMatch(/Insgesamt[\s\S]*12,5 Stunden/);
    expect(text).toContain('Interkulturelle Kommunikation (20.05.2025)');
    expect(text).toContain('Zuverlässigkeit');
    expect(text).toContain('Landkreis Leipzig, den 01.03.2026');
    expect(text).toContain('Unterschrift und Stempel');
  });

  it('writes English with the decimal point', async () => {
    const text = pdfText(await renderCertificate(data, 'en'));
    expect(text).toContain('Certificate of Voluntary Service');
    expect(text).toContain('12.5 hours');
    expect(text).toContain('Signature and stamp');
  });

  it('says so when there are no confirmed hours yet', async () => {
    const text = pdfText(await renderCertificate({ ...data, from: null, to: null, byYear: [], totalMinutes: 0 }, 'de'));
    expect(text).toContain('noch keine bestätigten Stunden');
    expect(text).not.toContain('Insgesamt');
  });
});
