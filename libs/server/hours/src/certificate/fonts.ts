/**
 * DejaVu Sans from the installed npm package, found through the module resolver so it works from the
 * sources, from dist builds and in containers alike. It covers umlauts, ß, Turkish, Cyrillic and more,
 * which the PDF standard fonts do not.
 */
export const CERTIFICATE_FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};
