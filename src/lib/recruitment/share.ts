import type { Registration } from './registration.ts';

/** A WhatsApp "click to chat" link that opens the app with the text ready to send to anyone. */
export function whatsAppShareUrl(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}

/** True for the site's own share link: WhatsApp's "send to anyone" form, which names no number. */
export function isWhatsAppShareUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.href.startsWith('https://wa.me/?') && [...url.searchParams.keys()].every((key) => key === 'text');
  } catch {
    return false;
  }
}

/** Whether what gets shared names the deadline: only while one can still apply (upcoming or open). */
export function sharesDeadline(registration: Pick<Registration, 'status'>): boolean {
  return registration.status !== 'closed';
}
