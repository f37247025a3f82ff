// The search page of the Japanese edition splits the query as the index was
// split (docs/_ext/site_search.py): each run of Japanese script into the
// pairs of neighbouring characters, other text into words. Loaded before
// Sphinx's searchtools.js, which then uses this splitQuery instead of its own.
var splitQuery = (query) => {
  const japanese = "\u3005\u3006\u3040-\u309f\u30a0-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff";
  const run = new RegExp(`^[${japanese}]+$`, "u");
  const token = new RegExp(`[${japanese}]+|(?:(?![${japanese}])[\\p{L}\\p{N}\\p{Mn}_])+`, "gu");
  const terms = [];
  for (const [word] of query.normalize("NFKC").matchAll(token)) {
    if (run.test(word)) {
      for (let i = 0; i < Math.max(1, word.length - 1); i++) terms.push(word.slice(i, i + 2));
    } else {
      terms.push(word);
    }
  }
  return terms;
};
