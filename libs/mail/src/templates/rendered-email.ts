/** What every template returns; the transport adds from/to and sends both parts as multipart/alternative. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}
