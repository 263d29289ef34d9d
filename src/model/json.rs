//! A small, strict JSON parser for clinic configs (RFC 8259). It exists for
//! size: serde_json and the derived deserializers were a quarter of the
//! WebAssembly. Numbers keep their literal text, so amounts are converted to
//! minor units exactly, with no float on the way. Nesting is bounded, so no
//! input can exhaust the stack.

use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// The number exactly as written (validated against the JSON grammar).
    Number(String),
    String(String),
    Array(Vec<Json>),
    /// Members in file order; duplicate keys are reported by the reader.
    Object(Vec<(String, Json)>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    /// Valid JSON, nested deeper than the parser goes (`MAX_DEPTH`): not
    /// to be called invalid.
    pub too_deep: bool,
}

/// Invalid JSON names the mistakes a hand-written config most often has
/// (verify52 F7: a `//` comment or a trailing comma gave only where;
/// verify63 L4: single, curly or no quotes got the same two).
impl SyntaxError {
    /// The message, built without `core::fmt` (size; `Display` writes it).
    pub fn message(&self) -> String {
        let (what, hint) = if self.too_deep {
            ("nested more than 64 levels deep", "")
        } else {
            (
                "not valid JSON",
                "; JSON has no comments, no comma before } or ], and straight double quotes around keys and text",
            )
        };
        super::text::cat(&[
            what,
            " (line ",
            &super::text::number(self.line as u64),
            ", column ",
            &super::text::number(self.column as u64),
            hint,
            ")",
        ])
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

const MAX_DEPTH: usize = 64;

pub fn parse(text: &str) -> Result<Json, SyntaxError> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    p.skip_ws();
    let value = p.value(0)?;
    p.skip_ws();
    if p.pos != p.bytes.len() {
        return Err(p.error());
    }
    Ok(value)
}

struct Parser<'a> {
    /// The text, for its slices: cut at ASCII delimiters, they are whole
    /// characters, so no UTF-8 check is needed (std's is 0.3 KB of
    /// gzipped wasm).
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn error(&self) -> SyntaxError {
        let upto = &self.bytes[..self.pos.min(self.bytes.len())];
        let line = upto.iter().filter(|b| **b == b'\n').count() + 1;
        let start = upto.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        // Characters, not bytes: every byte but UTF-8's continuation bytes.
        let column = upto[start..].iter().filter(|b| **b & 0xC0 != 0x80).count() + 1;
        SyntaxError {
            line,
            column,
            too_deep: false,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> Result<(), SyntaxError> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error())
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, SyntaxError> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error())
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(SyntaxError {
                too_deep: true,
                ..self.error()
            });
        }
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error()),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        self.eat(b'{')?;
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(self.error());
            }
            let key = self.string()?;
            self.skip_ws();
            self.eat(b':')?;
            self.skip_ws();
            let value = self.value(depth + 1)?;
            members.push((key, value));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(members));
                }
                _ => return Err(self.error()),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        self.eat(b'[')?;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value(depth + 1)?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.error()),
            }
        }
    }

    /// Four hex digits, read a digit at a time (std's integer parsing is
    /// larger, and took a `+` as a sign).
    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut n = 0;
        for i in 0..4 {
            let digit = self
                .bytes
                .get(self.pos + i)
                .and_then(|&b| char::from(b).to_digit(16));
            n = n * 16 + digit.ok_or_else(|| self.error())?;
        }
        self.pos += 4;
        Ok(n)
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.eat(b'"')?;
        let mut out = String::new();
        loop {
            let start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // Between ASCII delimiters (or the end): whole characters.
            out.push_str(&self.text[start..self.pos]);
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escape = self.peek().ok_or_else(|| self.error())?;
                    self.pos += 1;
                    match escape {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let first = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&first) {
                                if self.bytes.get(self.pos..self.pos + 2) != Some(b"\\u") {
                                    return Err(self.error());
                                }
                                self.pos += 2;
                                let second = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&second) {
                                    return Err(self.error());
                                }
                                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                            } else {
                                first
                            };
                            out.push(char::from_u32(code).ok_or_else(|| self.error())?);
                        }
                        _ => {
                            self.pos -= 1;
                            return Err(self.error());
                        }
                    }
                }
                // A raw control character, or the end of the text.
                _ => return Err(self.error()),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Json, SyntaxError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.error()),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.error());
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.error());
            }
        }
        Ok(Json::Number(self.text[start..self.pos].to_string()))
    }
}

/// A JSON number as an exact decimal: sign, digits and a power of ten.
/// `None` for numbers too large to matter (the caller reports a range error).
pub fn decimal(text: &str) -> Option<(bool, u128, i32)> {
    let (negative, rest) = match text.strip_prefix("-") {
        Some(r) => (true, r),
        None => (false, text),
    };
    let (mantissa, exponent) = match super::text::find_any(rest, b"eE") {
        Some(i) => (&rest[..i], exponent(&rest[i + 1..])?),
        None => (rest, 0),
    };
    let (int, frac) = super::text::cut(mantissa, b'.').unwrap_or((mantissa, ""));
    let mut digits = String::from(int);
    digits.push_str(frac);
    // Trailing zeros go into the power, so the last digit is significant
    // and callers never divide (128-bit division cost 1 KB of wasm).
    // Without std's pattern machinery: the digits are ASCII.
    let lead = digits
        .bytes()
        .position(|b| b != b'0')
        .unwrap_or(digits.len());
    let end = digits.bytes().rposition(|b| b != b'0').map_or(0, |i| i + 1);
    let significant = &digits[lead..end.max(lead)];
    let zeros = digits.len() - end;
    if significant.len() > 30 {
        return None;
    }
    // At most 30 digits: no overflow. Without std's integer parsing (the
    // parser gives JSON's digits only; anything else is not a number).
    let value = significant.bytes().try_fold(0u128, |n, b| {
        Some(n * 10 + u128::from(char::from(b).to_digit(10)?))
    })?;
    let power = exponent
        .checked_sub(i32::try_from(frac.len()).ok()?)?
        .checked_add(if value == 0 {
            0
        } else {
            i32::try_from(zeros).ok()?
        })?;
    Some((negative && value != 0, value, power))
}

/// A JSON number's exponent (`e` and after), as `str::parse::<i32>` reads
/// it: an optional sign, then digits, in `i32`'s range.
fn exponent(text: &str) -> Option<i32> {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() {
        return None;
    }
    let n = digits.bytes().try_fold(0i64, |n, b| {
        // Past i32's range already: stop before i64 could overflow.
        Some(n * 10 + i64::from(char::from(b).to_digit(10)?)).filter(|n| *n <= 1 << 31)
    })?;
    i32::try_from(if negative { -n } else { n }).ok()
}

/// The number as an integer, if it is one exactly (e.g. "3", "3.0", "3e0").
pub fn integer(text: &str) -> Option<i128> {
    let (negative, mut value, mut power) = decimal(text)?;
    // The last digit is significant (see `decimal`): below the units, a
    // fraction.
    if power < 0 && value != 0 {
        return None;
    }
    while power > 0 && value != 0 {
        value = value.checked_mul(10)?;
        power -= 1;
    }
    let v = i128::try_from(value).ok()?;
    Some(if negative { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_kind_of_value() {
        let v = parse(r#" {"a": [1, -2.5e3, true, false, null, "x\"\\\/\b\f\n\r\tü\u00e9\ud83d\ude00"], "b": {}} "#)
            .unwrap();
        let Json::Object(members) = v else { panic!() };
        assert_eq!(members[0].0, "a");
        let Json::Array(items) = &members[0].1 else {
            panic!()
        };
        assert_eq!(items[0], Json::Number("1".into()));
        assert_eq!(items[1], Json::Number("-2.5e3".into()));
        assert_eq!(items[5], Json::String("x\"\\/\u{8}\u{c}\n\r\tüé😀".into()));
        assert_eq!(members[1].1, Json::Object(vec![]));
    }

    #[test]
    fn rejects_what_json_forbids_with_a_position() {
        for (bad, line, column) in [
            ("{\"a\": 01}", 1, 8),
            ("{\"a\": 1,}", 1, 9),
            ("[1 2]", 1, 4),
            ("{\n  \"a\": tru}", 2, 8),
            ("\"tab\there\"", 1, 5),
            ("\"\\x\"", 1, 3),
            ("\"\\ud83d\"", 1, 8),
            ("1.", 1, 3),
            ("-", 1, 2),
            ("{} {}", 1, 4),
            ("", 1, 1),
            ("'single'", 1, 1),
            // Columns count characters, not bytes.
            ("{\"café\": 01}", 1, 11),
            ("[\"内線\" 1]", 1, 7),
        ] {
            let e = parse(bad).unwrap_err();
            assert_eq!((e.line, e.column), (line, column), "{bad:?}");
        }
    }

    proptest::proptest! {
        /// `decimal` reads every JSON number as it did with std's `parse`
        /// (the reference below is that code).
        #[test]
        fn decimal_agrees_with_std_parsing(
            text in "-?(0|[1-9][0-9]{0,35})(\\.[0-9]{1,35})?([eE][+-]?(0{0,3}[0-9]{1,11}))?",
        ) {
            let reference = || -> Option<(bool, u128, i32)> {
                let (negative, rest) = match text.strip_prefix("-") {
                    Some(r) => (true, r),
                    None => (false, text.as_str()),
                };
                let (mantissa, exponent) = match rest.find(['e', 'E']) {
                    Some(i) => (&rest[..i], rest[i + 1..].parse::<i32>().ok()?),
                    None => (rest, 0),
                };
                let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
                let digits = format!("{int}{frac}");
                let lead = digits.bytes().position(|b| b != b'0').unwrap_or(digits.len());
                let end = digits.bytes().rposition(|b| b != b'0').map_or(0, |i| i + 1);
                let significant = &digits[lead..end.max(lead)];
                let zeros = digits.len() - end;
                if significant.len() > 30 {
                    return None;
                }
                let value: u128 = if significant.is_empty() { 0 } else { significant.parse().ok()? };
                let power = exponent
                    .checked_sub(i32::try_from(frac.len()).ok()?)?
                    .checked_add(if value == 0 { 0 } else { i32::try_from(zeros).ok()? })?;
                Some((negative && value != 0, value, power))
            };
            proptest::prop_assert!(parse(&text).is_ok());
            proptest::prop_assert_eq!(decimal(&text), reference());
        }
    }

    #[test]
    fn exponents_read_as_i32() {
        for e in [
            "0",
            "+7",
            "-7",
            "2147483647",
            "-2147483648",
            "2147483648",
            "-2147483649",
            "99999999999999999999",
            "",
            "+",
            "-",
            "1a",
        ] {
            assert_eq!(exponent(e), e.parse::<i32>().ok(), "{e:?}");
        }
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = "[".repeat(10_000);
        assert!(parse(&deep).is_err());
        // Valid but too deep is said so, not called invalid JSON.
        let valid = format!("{}{}", "[".repeat(5_000), "]".repeat(5_000));
        let e = parse(&valid).unwrap_err();
        assert_eq!(
            e.to_string(),
            "nested more than 64 levels deep (line 1, column 66)"
        );
        let broken = parse("[[1,]]").unwrap_err();
        assert!(!broken.too_deep && broken.to_string().starts_with("not valid JSON"));
        let ok = format!("{}{}", "[".repeat(60), "]".repeat(60));
        assert!(parse(&ok).is_ok());
    }

    proptest::proptest! {
        /// The message is what the `write!` it replaced wrote (the
        /// reference below is that code).
        #[test]
        fn syntax_message_agrees_with_the_format_it_replaced(line: usize, column: usize, too_deep: bool) {
            let e = SyntaxError { line, column, too_deep };
            let reference = format!(
                "{} (line {}, column {}{})",
                if too_deep { "nested more than 64 levels deep" } else { "not valid JSON" },
                line,
                column,
                if too_deep { "" } else { "; JSON has no comments, no comma before } or ], and straight double quotes around keys and text" }
            );
            proptest::prop_assert_eq!(e.message(), reference.clone());
            proptest::prop_assert_eq!(e.to_string(), reference);
        }
    }

    #[test]
    fn numbers_are_exact() {
        assert_eq!(decimal("249.5"), Some((false, 2495, -1)));
        assert_eq!(decimal("-0.0"), Some((false, 0, -1)));
        assert_eq!(decimal("250.50"), Some((false, 2505, -1)));
        assert_eq!(decimal("1200"), Some((false, 12, 2)));
        assert_eq!(decimal("0.0100e3"), Some((false, 1, 1)));
        assert_eq!(integer("1200"), Some(1200));
        assert_eq!(integer("0.0"), Some(0));
        assert_eq!(integer("-12.300e2"), Some(-1230));
        // Zero with a huge exponent is zero at once, not a billion steps.
        assert_eq!(integer("0e999999999"), Some(0));
        assert_eq!(decimal("1E+2"), Some((false, 1, 2)));
        assert_eq!(integer("3.0"), Some(3));
        assert_eq!(integer("-5"), Some(-5));
        assert_eq!(integer("2.5"), None);
        assert_eq!(integer("1e400"), None);
        assert_eq!(decimal("1e999999999999"), None);
    }
}
