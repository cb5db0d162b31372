import { sniffContentType } from './content-type';

describe('attachment type by content', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    expect(sniffContentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(sniffContentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
  });

  it('refuses a Windows executable, a script and text whatever they are called', () => {
    expect(sniffContentType(Buffer.from('MZ\x90\x00\x03\x00\x00\x00'))).toBeNull();
    expect(sniffContentType(Buffer.from('#!/bin/sh\nrm -rf /'))).toBeNull();
    expect(sniffContentType(Buffer.from('Kostenplan: 1.500 €'))).toBeNull();
  });

  it('needs the whole signature: a truncated PNG header or "%PDF" without the dash is not enough', () => {
    expect(sniffContentType(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(sniffContentType(Buffer.from('%PDF'))).toBeNull();
    expect(sniffContentType(Buffer.alloc(0))).toBeNull();
  });
});
