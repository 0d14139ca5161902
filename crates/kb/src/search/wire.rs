//! How the index's long lists are serialized: as plain bytes, which postcard reads in one copy,
//! where it would otherwise read each number as a variable-length integer, one at a time.

use serde::de::{Error, Visitor};
use serde::{Deserializer, Serializer};

/// A list of bytes.
pub mod bytes {
    use super::*;

    pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(bytes)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        deserializer.deserialize_bytes(BytesVisitor)
    }
}

/// A list of numbers, each in little-endian bytes of its full width.
pub mod numbers {
    use super::*;

    pub fn serialize<N: Number, S: Serializer>(numbers: &[N], serializer: S) -> Result<S::Ok, S::Error> {
        let mut bytes = Vec::with_capacity(numbers.len() * N::WIDTH);
        for n in numbers {
            n.write(&mut bytes);
        }
        serializer.serialize_bytes(&bytes)
    }

    pub fn deserialize<'de, N: Number, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<N>, D::Error> {
        let bytes = deserializer.deserialize_bytes(BytesVisitor)?;
        if bytes.len() % N::WIDTH != 0 {
            return Err(D::Error::custom("a list of numbers of the wrong length"));
        }
        Ok(bytes.chunks_exact(N::WIDTH).map(N::read).collect())
    }
}

/// A number of a list in [`numbers`].
pub trait Number: Copy {
    const WIDTH: usize;
    fn write(self, out: &mut Vec<u8>);
    fn read(bytes: &[u8]) -> Self;
}

/// Implements [`Number`] for unsigned integer types.
macro_rules! number {
    ($($t:ty),*) => {$(
        impl Number for $t {
            const WIDTH: usize = std::mem::size_of::<$t>();

            fn write(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_le_bytes());
            }

            fn read(bytes: &[u8]) -> Self {
                <$t>::from_le_bytes(bytes.try_into().unwrap_or_default())
            }
        }
    )*};
}

number!(u32, u64);

struct BytesVisitor;

impl Visitor<'_> for BytesVisitor {
    type Value = Vec<u8>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("bytes")
    }

    fn visit_bytes<E: Error>(self, bytes: &[u8]) -> Result<Vec<u8>, E> {
        Ok(bytes.to_vec())
    }

    fn visit_byte_buf<E: Error>(self, bytes: Vec<u8>) -> Result<Vec<u8>, E> {
        Ok(bytes)
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Lists {
        #[serde(with = "super::bytes")]
        bytes: Vec<u8>,
        #[serde(with = "super::numbers")]
        small: Vec<u32>,
        #[serde(with = "super::numbers")]
        large: Vec<u64>,
    }

    #[test]
    fn lists_come_back_as_written() {
        let lists = Lists {
            bytes: "企业微信".as_bytes().to_vec(),
            small: vec![0, 1, u32::MAX],
            large: vec![u64::MAX, 7],
        };
        let encoded = postcard::to_allocvec(&lists).unwrap();
        assert_eq!(postcard::from_bytes::<Lists>(&encoded).unwrap(), lists);
    }

    #[test]
    fn a_list_cut_short_is_refused() {
        // Two small numbers and one byte of a third.
        let encoded = [0, 9, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0];
        assert!(postcard::from_bytes::<Lists>(&encoded).is_err());
    }
}
