//! The FIT container (Garmin's Flexible and Interoperable Data Transfer
//! protocol): a 14-byte header, then definition messages (which fields a
//! local message type carries) and data messages, little-endian, and a
//! CRC-16 over everything. Only what [`super::activity`] writes is here.

/// Seconds from the Unix epoch to the FIT epoch (1989-12-31T00:00:00Z).
pub const FIT_EPOCH_S: u64 = 631_065_600;

/// The profile version stated in the header (21.32).
const PROFILE_VERSION: u16 = 2132;
/// The protocol version stated in the header (2.0).
const PROTOCOL_VERSION: u8 = 0x20;
/// Local message types a definition can take (0 to 15).
const LOCAL_TYPES: usize = 16;
/// The longest string written, in bytes, with its terminating zero.
const STRING_MAX: usize = 64;

/// A field's value, with the FIT base type it is written as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// `enum` (base type 0x00).
    Enum(u8),
    /// `uint8` (0x02).
    U8(u8),
    /// `uint16` (0x84).
    U16(u16),
    /// `uint32` (0x86).
    U32(u32),
    /// `uint32z` (0x8C).
    U32z(u32),
    /// `string` (0x07): UTF-8, zero-terminated, cut at a character
    /// boundary to fit [`STRING_MAX`].
    Text(String),
}

impl Value {
    fn base_type(&self) -> u8 {
        match self {
            Value::Enum(_) => 0x00,
            Value::U8(_) => 0x02,
            Value::U16(_) => 0x84,
            Value::U32(_) => 0x86,
            Value::U32z(_) => 0x8C,
            Value::Text(_) => 0x07,
        }
    }

    fn bytes(&self) -> Vec<u8> {
        match self {
            Value::Enum(v) | Value::U8(v) => vec![*v],
            Value::U16(v) => v.to_le_bytes().to_vec(),
            Value::U32(v) | Value::U32z(v) => v.to_le_bytes().to_vec(),
            Value::Text(text) => {
                let mut end = text.len().min(STRING_MAX - 1);
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                let mut bytes = text.as_bytes().get(..end).unwrap_or_default().to_vec();
                bytes.push(0);
                bytes
            }
        }
    }
}

/// One message: its global number (e.g. 225 for `set`) and its fields by
/// number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub global: u16,
    pub fields: Vec<(u8, Value)>,
}

impl Message {
    pub fn new(global: u16, fields: Vec<(u8, Value)>) -> Self {
        Self { global, fields }
    }

    /// What a definition message says of this one: global number, then
    /// each field's number, size and base type.
    fn layout(&self) -> (u16, Vec<[u8; 3]>) {
        let fields = self
            .fields
            .iter()
            .map(|(number, value)| {
                let size = u8::try_from(value.bytes().len()).unwrap_or(u8::MAX);
                [*number, size, value.base_type()]
            })
            .collect();
        (self.global, fields)
    }
}

/// A whole FIT file of `messages`, in order: the header, each message
/// after a definition of its layout (given again only when a local type
/// is reused for another layout), and the CRC.
pub fn fit_file(messages: &[Message]) -> Vec<u8> {
    let mut records = Vec::new();
    let mut locals: Vec<(u16, Vec<[u8; 3]>)> = Vec::new();
    let mut next_reuse = 0;
    for message in messages {
        let layout = message.layout();
        let local = if let Some(at) = locals.iter().position(|l| *l == layout) {
            at
        } else {
            let at = if locals.len() < LOCAL_TYPES {
                locals.push(layout.clone());
                locals.len() - 1
            } else {
                let at = next_reuse;
                next_reuse = (next_reuse + 1) % LOCAL_TYPES;
                if let Some(slot) = locals.get_mut(at) {
                    *slot = layout.clone();
                }
                at
            };
            write_definition(&mut records, at as u8, &layout);
            at
        };
        records.push(local as u8);
        for (_, value) in &message.fields {
            records.extend(value.bytes());
        }
    }
    let mut file = header(u32::try_from(records.len()).unwrap_or(u32::MAX));
    file.extend(records);
    let crc = crc16(&file);
    file.extend(crc.to_le_bytes());
    file
}

fn write_definition(out: &mut Vec<u8>, local: u8, (global, fields): &(u16, Vec<[u8; 3]>)) {
    out.push(0x40 | local);
    out.push(0); // reserved
    out.push(0); // little-endian
    out.extend(global.to_le_bytes());
    out.push(u8::try_from(fields.len()).unwrap_or(u8::MAX));
    for field in fields {
        out.extend(field);
    }
}

/// The 14-byte header for `data_size` bytes of records, with its own CRC.
fn header(data_size: u32) -> Vec<u8> {
    let mut header = vec![14, PROTOCOL_VERSION];
    header.extend(PROFILE_VERSION.to_le_bytes());
    header.extend(data_size.to_le_bytes());
    header.extend(b".FIT");
    let crc = crc16(&header);
    header.extend(crc.to_le_bytes());
    header
}

/// FIT's CRC-16 (the ARC polynomial, nibble by nibble as the FIT SDK
/// computes it).
pub fn crc16(bytes: &[u8]) -> u16 {
    const TABLE: [u16; 16] = [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800,
        0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ];
    let entry = |at: u16| TABLE.get(usize::from(at & 0xF)).copied().unwrap_or(0);
    bytes.iter().fold(0u16, |crc, &byte| {
        let byte = u16::from(byte);
        let crc = ((crc >> 4) & 0x0FFF) ^ entry(crc) ^ entry(byte);
        ((crc >> 4) & 0x0FFF) ^ entry(crc) ^ entry(byte >> 4)
    })
}

/// A moment (ms since the Unix epoch) as a FIT `date_time`: seconds since
/// the FIT epoch (0 for a moment before it).
pub fn fit_time(ms: u64) -> u32 {
    u32::try_from((ms / 1000).saturating_sub(FIT_EPOCH_S)).unwrap_or(u32::MAX)
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn the_crc_is_crc_16_arc() {
        assert_eq!(crc16(b"123456789"), 0xBB3D);
        assert_eq!(crc16(b""), 0);
    }

    #[test]
    fn a_file_has_its_header_records_and_a_crc_that_checks_out() {
        let message = Message::new(0, vec![(0, Value::Enum(4)), (4, Value::U32(1000))]);
        let file = fit_file(&[message.clone(), message]);
        assert_eq!(&file[..2], &[14, 0x20]);
        assert_eq!(&file[8..12], b".FIT");
        assert_eq!(crc16(&file[..12]), u16::from_le_bytes([file[12], file[13]]));
        // One definition (6 + 2 x 3 bytes), two data messages (1 + 1 + 4).
        let data_size = u32::from_le_bytes([file[4], file[5], file[6], file[7]]);
        assert_eq!(data_size, 12 + 2 * 6);
        assert_eq!(file.len(), 14 + 24 + 2);
        // The CRC over the whole file, its own CRC included, is zero.
        assert_eq!(crc16(&file), 0);
        assert_eq!(&file[14..20], &[0x40, 0, 0, 0, 0, 2]);
        assert_eq!(file[26], 0, "the data message names local type 0");
    }

    #[test]
    fn a_new_layout_gets_its_own_local_type() {
        let a = Message::new(225, vec![(5, Value::U8(1))]);
        let b = Message::new(225, vec![(5, Value::U8(1)), (3, Value::U16(12))]);
        let file = fit_file(&[a.clone(), b.clone(), a, b]);
        let definitions = file[14..file.len() - 2]
            .iter()
            .filter(|&&byte| byte & 0xF0 == 0x40)
            .count();
        assert_eq!(definitions, 2);
    }

    #[test]
    fn text_is_zero_terminated_and_cut_at_a_character_boundary() {
        assert_eq!(Value::Text("Clam".into()).bytes(), b"Clam\0");
        let long = "é".repeat(40);
        let bytes = Value::Text(long).bytes();
        assert_eq!(bytes.len(), 63);
        assert!(std::str::from_utf8(&bytes[..62]).is_ok());
    }

    #[test]
    fn times_count_from_the_fit_epoch() {
        assert_eq!(fit_time(FIT_EPOCH_S * 1000 + 5_999), 5);
        assert_eq!(fit_time(0), 0);
    }
}
