// Helpers for tests only (Node): never imported by the web app or by production server code.
export { pdfText } from './pdf-text';
