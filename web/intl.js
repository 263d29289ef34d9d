// Money and months through the browser's Intl (src/ui/format.rs calls these),
// so symbols, grouping and range style follow the visitor's locale. Here in
// JavaScript they are a few lines (0.4 KB of the gzipped glue); the same
// through WebAssembly's bindings to `Intl` and `Reflect` cost 1.9 KB of the
// gzipped wasm (issue #6).
// A failure (a locale Intl does not know) returns undefined, and the widget
// writes the amount plainly; the console says so once per locale.

const numberFormats = new Map();
// Per number format: the text between two whole amounts of a range
// ("$900 – $3,150"), or null where ICU shares the symbol ("MX$900–3,150").
const separators = new Map();
// Formatted amounts, oldest first. A render shows the same total three
// times, and `formatRange` builds an ICU range formatter on each call (about
// half a millisecond, once over half of a click's update time).
const formatted = new Map();
const REMEMBERED = 64;

// A well-formed code that is no currency ("GPB" for GBP) still formats, as
// "GPB 250": the clinic's developer hears of it once, in the console.
const currencies = Intl.supportedValuesOf?.('currency');
const unknown = new Set();
const check = (currency) => {
  if (currencies && !currencies.includes(currency) && !unknown.has(currency)) {
    unknown.add(currency);
    console.warn(`treatment-estimator: currency "${currency}" is not one this browser knows: a typo, or a code newer than the browser?`);
  }
};

const cached = (cache, key, make) => {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
};

// `whole`: no decimals ("$1,250", not "$1,250.00"). `max` is NaN for one amount.
export function formatMoney(locale, currency, whole, min, max) {
  const key = `${locale} ${currency} ${whole} ${min} ${max}`;
  let text = formatted.get(key);
  if (text !== undefined) return text;
  try {
    const fkey = `${locale} ${currency} ${whole}`;
    const nf = cached(numberFormats, fkey, () => {
      check(currency);
      const format = (currencyDisplay) => new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay,
        ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
      });
      const nf = format('symbol');
      // Spanish has no symbol of its own for many currencies: a UK clinic's
      // prices read "1150 GBP" to a Spanish visitor (verify60 M1). The
      // locale is the clinic's region with the visitor's language (es-GB).
      // An ISO 4217 code starts with its country's: in that country, the
      // narrow symbol ("1150 £"); elsewhere the code stays ("USD 900" in
      // Mexico, where "$" is the peso).
      const local = currency.startsWith(new Intl.Locale(locale).region);
      return local && nf.formatToParts(1).some((p) => p.value === currency) ? format('narrowSymbol') : nf;
    });
    text = nf.format(min);
    if (!Number.isNaN(max)) {
      const to = nf.format(max);
      // Whether a locale writes a range as two whole amounts depends on
      // the locale and currency, not the amounts: the first range learns it.
      // Equal-looking ends ("~$900") always go to ICU.
      const between = separators.get(fkey);
      if (text !== to && typeof between === 'string') {
        text = `${text}${between}${to}`;
      } else {
        const range = nf.formatRange(min, max);
        if (text !== to && between === undefined) {
          const ok = range.startsWith(text) && range.endsWith(to) && range.length >= text.length + to.length;
          separators.set(fkey, ok ? range.slice(text.length, range.length - to.length) : null);
        }
        text = range;
      }
    }
  } catch {
    // A tag of the right shape that Intl refuses ("en-u"): said once.
    if (!unknown.has(locale)) {
      unknown.add(locale);
      console.warn(`treatment-estimator: locale "${locale}" is not one this browser can format money in: amounts are written plainly`);
    }
    return undefined;
  }
  if (formatted.size === REMEMBERED) formatted.delete(formatted.keys().next().value);
  formatted.set(key, text);
  return text;
}

const monthFormats = new Map();

// "January – June 2027": the months `from` and `to` weeks from today, or
// one ("March 2027") when they are the same.
export function monthsAfterWeeks(locale, from, to) {
  try {
    const f = cached(monthFormats, locale, () => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }));
    return f.formatRange(Date.now() + from * 6048e5, Date.now() + to * 6048e5);
  } catch {
    return undefined;
  }
}
