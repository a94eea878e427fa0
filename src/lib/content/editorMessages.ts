import { officialHosts, type UrlProblem } from '../links/officialUrl.ts';

/*
 * The words the checks tell editors, shared by the content check, the schemas and the check of the
 * built site. Kept apart from the schemas so that the build's worker, which checks the built
 * files, loads no schema library to write a sentence.
 */

/** A message for editors: plain Indonesian, then the same in English. */
export function editorMessage(indonesian: string, english: string): string {
  return `${indonesian} / ${english}`;
}

const officialHostsIndonesian = officialHosts.map((host) => `${host} dan subdomainnya`).join(', ');
const officialHostsEnglish = officialHosts.map((host) => `${host} and its subdomains`).join(', ');

/** What to tell an editor about a bad address, as a sentence in each language, for messages that add words around it. */
export function urlProblemText(problem: UrlProblem): { id: string; en: string } {
  switch (problem.kind) {
    case 'not-a-url':
      return {
        id: 'harus berupa alamat web lengkap yang diawali https://',
        en: 'must be a full web address starting with https://',
      };
    case 'script-url':
      return {
        id: `alamat ${problem.scheme} dapat menjalankan kode dan tidak diizinkan`,
        en: `${problem.scheme} addresses can run code and are not allowed`,
      };
    case 'not-https':
      return {
        id: `harus diawali https:// (bukan ${problem.scheme}//)`,
        en: `must start with https:// (not ${problem.scheme}//)`,
      };
    case 'credentials':
      return {
        id: 'tidak boleh memuat nama pengguna atau "@" sebelum nama situs; cara itu dipakai untuk menyamarkan tujuan tautan',
        en: 'must not contain a user name or "@" before the host; that trick hides where a link really goes',
      };
    case 'port':
      return {
        id: 'tidak boleh memuat nomor port (misalnya ":8443")',
        en: 'must not contain a port number (such as ":8443")',
      };
    case 'shortener':
      return {
        id: `${problem.host} adalah layanan pemendek tautan yang menyembunyikan tujuannya; tulis alamat lengkapnya`,
        en: `${problem.host} is a link shortener that hides where the link goes; write the full address`,
      };
    case 'protocol-relative':
      return {
        id: 'alamat yang diawali // atau \\ mengarah ke situs lain; tulis alamat lengkap yang diawali https://, atau jalur di situs ini yang diawali satu /',
        en: 'an address starting with // or \\ leads to another site; write the full address starting with https://, or a path on this site starting with a single /',
      };
    case 'scheme-not-allowed':
      return {
        id: `tautan hanya boleh diawali https://, mailto:, atau tel: (bukan ${problem.scheme})`,
        en: `links may start only with https://, mailto: or tel: (not ${problem.scheme})`,
      };
    case 'look-alike': {
      const trick = {
        punycode: {
          id: 'ditulis dalam punycode (xn--) yang, jika diuraikan, terbaca sebagai nama BPJS Ketenagakerjaan',
          en: "it is written in punycode (xn--) that, decoded, reads as BPJS Ketenagakerjaan's name",
        },
        confusable: {
          id: 'nama BPJS Ketenagakerjaan ditulis dengan huruf yang mirip (dari abjad lain, beraksen, atau seperti "rn" untuk "m")',
          en: 'it spells BPJS Ketenagakerjaan\'s name with look-alike characters (from other alphabets, accented, or like "rn" for "m")',
        },
        'extra-words': {
          id: 'nama BPJS Ketenagakerjaan diberi tambahan kata atau tanda hubung',
          en: "it adds words or hyphens to BPJS Ketenagakerjaan's name",
        },
        'other-tld': {
          id: 'nama BPJS Ketenagakerjaan dipakai dengan akhiran domain lain',
          en: "it uses BPJS Ketenagakerjaan's name under another domain ending",
        },
        embedded: {
          id: 'alamat resmi disisipkan di dalam alamat situs lain',
          en: "it hides the official address inside another site's address",
        },
        'near-miss': {
          id: 'berbeda satu atau dua huruf dari nama BPJS Ketenagakerjaan',
          en: "it differs from BPJS Ketenagakerjaan's name by a letter or two",
        },
      }[problem.reason];
      return {
        id: `${problem.host} meniru alamat resmi: ${trick.id}; host resmi hanya ${officialHostsIndonesian}`,
        en: `${problem.host} imitates an official address: ${trick.en}; the only official hosts are ${officialHostsEnglish}`,
      };
    }
    case 'whatsapp':
      return {
        id: `nomor dan tautan WhatsApp (${problem.host}) tidak pernah menjadi kontak resmi BPJS Ketenagakerjaan; rujuk kanal resmi (content/channels)`,
        en: `WhatsApp numbers and links (${problem.host}) are never official contacts of BPJS Ketenagakerjaan; point to the official channels (content/channels)`,
      };
    case 'unofficial-email':
      return {
        id: `${problem.address} bukan alamat surel resmi; tautan mailto: hanya boleh menuju alamat di ${officialHostsIndonesian}`,
        en: `${problem.address} is not an official e-mail address; mailto: links may go only to addresses at ${officialHostsEnglish}`,
      };
    case 'not-official':
      return problem.context === 'official-channel'
        ? {
            id: `${problem.host} bukan host resmi; tautan pendaftaran dan kanal resmi hanya boleh menuju ${officialHostsIndonesian} (daftar: src/config/link-policy.json)`,
            en: `${problem.host} is not an official host; apply links and official channels may go only to ${officialHostsEnglish} (list: src/config/link-policy.json)`,
          }
        : {
            id: `teks halaman tidak boleh menautkan ke ${problem.host}; yang diizinkan hanya ${officialHostsIndonesian}, situs pemerintah (.go.id), dan host yang telah dikonfirmasi oleh BPJS Ketenagakerjaan (confirmedHosts di src/config/link-policy.json, diubah oleh pengembang setelah dikonfirmasi)`,
            en: `page text may not link to ${problem.host}; only ${officialHostsEnglish}, government sites (.go.id) and hosts BPJS Ketenagakerjaan has confirmed are allowed (confirmedHosts in src/config/link-policy.json, changed by a developer after confirmation)`,
          };
  }
}
