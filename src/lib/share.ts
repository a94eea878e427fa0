/** A WhatsApp "click to chat" link that opens the app with the text ready to send to anyone. */
export function whatsAppShareUrl(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}
