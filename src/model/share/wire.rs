//! The low-level pieces of the link format: unsigned LEB128 varints, short
//! byte strings, and unpadded base64url text. Reading never panics and never
//! allocates more than the input could hold.

use super::error::ShareError;

/// Appends `value` as a varint: seven bits a byte, lowest first, with the
/// top bit set on every byte but the last.
pub fn put_varint(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Appends a byte string: its length as a varint, then the bytes.
pub fn put_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    put_varint(out, bytes.len() as u32);
    out.extend_from_slice(bytes);
}

/// Reads the binary form front to back.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, at: 0 }
    }

    /// One raw byte.
    pub fn byte(&mut self) -> Result<u8, ShareError> {
        let byte = *self.bytes.get(self.at).ok_or(ShareError::Truncated)?;
        self.at += 1;
        Ok(byte)
    }

    /// A varint of at most five bytes that fits in 32 bits.
    pub fn varint(&mut self) -> Result<u32, ShareError> {
        let mut value: u32 = 0;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            let bits = u32::from(byte & 0x7f);
            // The fifth byte may only carry the top four bits of a u32.
            if shift == 28 && bits > 0x0f {
                return Err(ShareError::BadNumber);
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ShareError::BadNumber)
    }

    /// A varint used as a count or length, as `usize`.
    pub fn length(&mut self) -> Result<usize, ShareError> {
        self.varint().map(|n| n as usize)
    }

    /// Exactly `len` raw bytes.
    pub fn take(&mut self, len: usize) -> Result<&'a [u8], ShareError> {
        let end = self.at.checked_add(len).ok_or(ShareError::Truncated)?;
        let taken = self.bytes.get(self.at..end).ok_or(ShareError::Truncated)?;
        self.at = end;
        Ok(taken)
    }

    /// A byte string of at most `max` bytes, as UTF-8 text. `too_long` is
    /// the error for a longer one (checked before anything is copied).
    pub fn text(&mut self, max: usize, too_long: ShareError) -> Result<String, ShareError> {
        let len = self.length()?;
        if len > max {
            return Err(too_long);
        }
        let bytes = self.take(len)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| ShareError::BadText)
    }

    /// Fails unless every byte has been read.
    pub fn finish(&self) -> Result<(), ShareError> {
        if self.at == self.bytes.len() {
            Ok(())
        } else {
            Err(ShareError::TrailingBytes)
        }
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The bytes as base64url without `=` padding (safe in a URL fragment).
pub fn to_base64url(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let byte = |at: usize| chunk.get(at).copied().unwrap_or(0);
        let b = [byte(0), byte(1), byte(2)];
        let group = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        // n input bytes give n + 1 characters.
        for i in 0..=chunk.len() {
            let sixbits = (group >> (18 - 6 * i)) & 0x3f;
            // Six bits always index the 64 letters.
            text.extend(ALPHABET.get(sixbits as usize).map(|&c| c as char));
        }
    }
    text
}

fn sixbits(c: u8) -> Option<u32> {
    let value = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(value))
}

/// Reads unpadded base64url. Only the one spelling [`to_base64url`] writes
/// is accepted: a lone final character or stray low bits are refused.
pub fn from_base64url(text: &str) -> Result<Vec<u8>, ShareError> {
    let text = text.as_bytes();
    if text.len() % 4 == 1 {
        return Err(ShareError::NotBase64);
    }
    let mut bytes = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.chunks(4) {
        let mut group = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            group |= sixbits(c).ok_or(ShareError::NotBase64)? << (18 - 6 * i);
        }
        let [_, b0, b1, b2] = group.to_be_bytes();
        let all = [b0, b1, b2];
        let (kept, dropped) = all.split_at(chunk.len() - 1);
        if dropped.iter().any(|&b| b != 0) {
            return Err(ShareError::NotBase64);
        }
        bytes.extend_from_slice(kept);
    }
    Ok(bytes)
}

/// A number too big for its field becomes the field's largest value, which
/// is past every limit, so the codec's check still refuses it by name.
pub fn saturate_u8(value: u32) -> u8 {
    u8::try_from(value).unwrap_or(u8::MAX)
}

pub fn saturate_u16(value: u32) -> u16 {
    u16::try_from(value).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn varint_bytes(value: u32) -> Vec<u8> {
        let mut out = Vec::new();
        put_varint(&mut out, value);
        out
    }

    #[test]
    fn varints_use_one_byte_below_128_and_round_trip() {
        assert_eq!(varint_bytes(0), [0]);
        assert_eq!(varint_bytes(127), [127]);
        assert_eq!(varint_bytes(128), [0x80, 1]);
        assert_eq!(varint_bytes(600), [0xd8, 4]);
        for value in [0, 1, 127, 128, 300, 16_383, 16_384, u32::MAX] {
            let bytes = varint_bytes(value);
            let mut reader = Reader::new(&bytes);
            assert_eq!(reader.varint(), Ok(value));
            assert_eq!(reader.finish(), Ok(()));
        }
    }

    #[test]
    fn oversized_or_cut_varints_are_refused() {
        let mut reader = Reader::new(&[0xff, 0xff, 0xff, 0xff, 0x1f]);
        assert_eq!(reader.varint(), Err(ShareError::BadNumber));
        let mut reader = Reader::new(&[0x80, 0x80, 0x80, 0x80, 0x80, 0x01]);
        assert_eq!(reader.varint(), Err(ShareError::BadNumber));
        let mut reader = Reader::new(&[0x80, 0x80]);
        assert_eq!(reader.varint(), Err(ShareError::Truncated));
    }

    #[test]
    fn text_is_length_checked_before_it_is_read() {
        let mut reader = Reader::new(&[5, b'a']);
        assert_eq!(
            reader.text(4, ShareError::NameTooLong),
            Err(ShareError::NameTooLong)
        );
        let mut reader = Reader::new(&[5, b'a']);
        assert_eq!(
            reader.text(10, ShareError::NameTooLong),
            Err(ShareError::Truncated)
        );
        let mut reader = Reader::new(&[2, 0xc3, 0x28]);
        assert_eq!(
            reader.text(10, ShareError::NameTooLong),
            Err(ShareError::BadText)
        );
        let mut reader = Reader::new(&[2, b'o', b'k', 9]);
        assert_eq!(
            reader.text(10, ShareError::NameTooLong).as_deref(),
            Ok("ok")
        );
        assert_eq!(reader.finish(), Err(ShareError::TrailingBytes));
    }

    #[test]
    fn base64url_matches_the_rfc_examples_without_padding() {
        // RFC 4648 section 10, with the padding dropped.
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(to_base64url(plain.as_bytes()), coded);
            assert_eq!(from_base64url(coded).unwrap(), plain.as_bytes());
        }
        // The URL-safe characters stand for 62 and 63.
        assert_eq!(to_base64url(&[0xfb, 0xff]), "-_8");
        assert_eq!(from_base64url("-_8").unwrap(), [0xfb, 0xff]);
    }

    #[test]
    fn base64url_refuses_other_spellings() {
        for bad in ["Zg==", "Zm9v+", "Zm/v", "Z", "Zm9vY", "Zh", "Zm9 v", "é"] {
            assert_eq!(from_base64url(bad), Err(ShareError::NotBase64), "{bad}");
        }
    }
}
