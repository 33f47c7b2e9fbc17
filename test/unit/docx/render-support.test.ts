import { renderDocx } from '../../support/libreoffice';
import { makeDocx, p } from './make-docx';

describe('renderDocx (test support)', () => {
  it('fails, saying to run .ci/run, when LibreOffice is not installed', async () => {
    await expect(
      renderDocx(makeDocx({ body: p('x') }), 'x.docx', { soffice: 'soffice-not-installed-here' }),
    ).rejects.toThrow(/soffice-not-installed-here was not found\. Install it with \.ci\/run/);
  });

  it('fails, saying to run .ci/run, when pdftotext is not installed', async () => {
    await expect(
      renderDocx(makeDocx({ body: p('x') }), 'x.docx', { pdftotext: 'pdftotext-not-installed-here' }),
    ).rejects.toThrow(/pdftotext-not-installed-here was not found\. Install it with \.ci\/run/);
  });
});
