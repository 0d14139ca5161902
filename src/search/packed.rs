//! Lists of numbers kept as little-endian bytes, so that the index compiled into the binary is
//! read where it lies instead of being decoded into the heap at every start.

use std::borrow::Cow;
use std::marker::PhantomData;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::normalize::Feature;

/// A number [`Packed`] can hold.
pub trait Word: Copy + Ord {
    const SIZE: usize;
    fn read(bytes: &[u8]) -> Self;
    fn write(self, out: &mut Vec<u8>);
}

impl Word for u64 {
    const SIZE: usize = 8;
    fn read(bytes: &[u8]) -> Self {
        u64::from_le_bytes(bytes.try_into().expect("a chunk of SIZE bytes"))
    }
    fn write(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
}

impl Word for u32 {
    const SIZE: usize = 4;
    fn read(bytes: &[u8]) -> Self {
        u32::from_le_bytes(bytes.try_into().expect("a chunk of SIZE bytes"))
    }
    fn write(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
}

/// A list of numbers as bytes: borrowed from the compiled index, owned when built at run time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Packed<'a, T> {
    #[serde(borrow)]
    bytes: Cow<'a, [u8]>,
    #[serde(skip)]
    word: PhantomData<T>,
}

impl<T: Word> Packed<'_, T> {
    pub fn len(&self) -> usize {
        self.bytes.len() / T::SIZE
    }

    pub fn get(&self, i: usize) -> T {
        T::read(&self.bytes[i * T::SIZE..(i + 1) * T::SIZE])
    }

    /// Where `x` stands in a list sorted in ascending order, as [`slice::binary_search`].
    pub fn binary_search(&self, x: T) -> Result<usize, usize> {
        let at = partition_point(self.len(), |i| self.get(i) < x);
        if at < self.len() && self.get(at) == x {
            Ok(at)
        } else {
            Err(at)
        }
    }

    #[cfg(test)]
    pub fn is_borrowed(&self) -> bool {
        matches!(self.bytes, Cow::Borrowed(_))
    }
}

impl<T: Word> FromIterator<T> for Packed<'static, T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut bytes = Vec::new();
        for x in iter {
            x.write(&mut bytes);
        }
        Packed {
            bytes: Cow::Owned(bytes),
            word: PhantomData,
        }
    }
}

/// Lists of numbers one after another, as bytes: list `i` is `items[ends[i - 1]..ends[i]]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lists<'a> {
    #[serde(borrow)]
    ends: Packed<'a, u32>,
    #[serde(borrow)]
    items: Packed<'a, u32>,
}

impl Lists<'static> {
    pub fn of<L: IntoIterator<Item = usize>>(lists: impl IntoIterator<Item = L>) -> Self {
        let mut items = Vec::new();
        let ends = (lists.into_iter())
            .map(|list| {
                items.extend(list.into_iter().map(|x| x as u32));
                items.len() as u32
            })
            .collect();
        Lists {
            ends,
            items: items.into_iter().collect(),
        }
    }
}

impl Lists<'_> {
    /// How many lists.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// List `i`.
    pub fn get(&self, i: usize) -> impl Iterator<Item = usize> + Clone + '_ {
        span(&self.ends, i).map(|at| self.items.get(at) as usize)
    }

    #[cfg(test)]
    pub fn is_borrowed(&self) -> bool {
        self.ends.is_borrowed() && self.items.is_borrowed()
    }
}

/// The first of `0..len` for which `before` is false, where it is true for all before it and
/// false for all after, as [`slice::partition_point`].
pub fn partition_point(len: usize, before: impl Fn(usize) -> bool) -> usize {
    let (mut low, mut high) = (0, len);
    while low < high {
        let mid = low + (high - low) / 2;
        if before(mid) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    low
}

/// Where item `i` lies, given where each item ends.
fn span(ends: &Packed<u32>, i: usize) -> Range<usize> {
    let start = if i == 0 { 0 } else { ends.get(i - 1) };
    start as usize..ends.get(i) as usize
}

/// Byte strings one after another: string `i` is `bytes[ends[i - 1]..ends[i]]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Strings<'a> {
    #[serde(borrow)]
    ends: Packed<'a, u32>,
    #[serde(borrow)]
    bytes: Cow<'a, [u8]>,
}

impl<'s> FromIterator<&'s [u8]> for Strings<'static> {
    fn from_iter<I: IntoIterator<Item = &'s [u8]>>(strings: I) -> Self {
        let mut bytes = Vec::new();
        let ends = (strings.into_iter())
            .map(|string| {
                bytes.extend_from_slice(string);
                bytes.len() as u32
            })
            .collect();
        Strings {
            ends,
            bytes: Cow::Owned(bytes),
        }
    }
}

impl Strings<'_> {
    /// How many strings.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// String `i`.
    pub fn get(&self, i: usize) -> &[u8] {
        &self.bytes[span(&self.ends, i)]
    }

    #[cfg(test)]
    pub fn is_borrowed(&self) -> bool {
        self.ends.is_borrowed() && matches!(self.bytes, Cow::Borrowed(_))
    }
}

/// Each feature of an index's texts: how many entries have it, and the texts it occurs in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Postings<'a> {
    /// Ascending.
    #[serde(borrow)]
    features: Packed<'a, Feature>,
    /// For each feature, how many entries have it.
    #[serde(borrow)]
    entries: Packed<'a, u32>,
    /// For each feature, the texts it occurs in, ascending.
    #[serde(borrow)]
    texts: Lists<'a>,
}

impl Postings<'static> {
    /// From (feature, how many entries have it, the texts it occurs in, ascending).
    pub fn of(postings: impl IntoIterator<Item = (Feature, u32, Vec<u32>)>) -> Self {
        let mut sorted: Vec<(Feature, u32, Vec<u32>)> = postings.into_iter().collect();
        sorted.sort_unstable_by_key(|&(feature, ..)| feature);
        Postings {
            features: sorted.iter().map(|&(feature, ..)| feature).collect(),
            entries: sorted.iter().map(|&(_, entries, _)| entries).collect(),
            texts: Lists::of(sorted.iter().map(|(.., texts)| texts.iter().map(|&t| t as usize))),
        }
    }
}

impl Postings<'_> {
    /// How many entries have a feature, and the texts it occurs in: none for a feature the texts
    /// do not have.
    pub fn get(&self, feature: Feature) -> (u32, impl Iterator<Item = usize> + '_) {
        let (entries, list) = match self.features.binary_search(feature) {
            Ok(i) => (self.entries.get(i), Some(i)),
            Err(_) => (0, None),
        };
        (entries, list.into_iter().flat_map(|i| self.texts.get(i)))
    }

    #[cfg(test)]
    pub fn is_borrowed(&self) -> bool {
        self.features.is_borrowed() && self.entries.is_borrowed() && self.texts.is_borrowed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn postings() -> Postings<'static> {
        Postings::of([(30, 2, vec![4, 9]), (10, 1, vec![0]), (u64::MAX, 3, vec![1, 2, 3])])
    }

    fn get(postings: &Postings, feature: Feature) -> (u32, Vec<usize>) {
        let (entries, texts) = postings.get(feature);
        (entries, texts.collect())
    }

    #[test]
    fn features_are_found_with_their_counts_and_texts() {
        let postings = postings();
        assert_eq!(get(&postings, 10), (1, vec![0]));
        assert_eq!(get(&postings, 30), (2, vec![4, 9]));
        assert_eq!(get(&postings, u64::MAX), (3, vec![1, 2, 3]));
        for absent in [0, 11, 31, u64::MAX - 1] {
            assert_eq!(get(&postings, absent), (0, vec![]), "{absent}");
        }
        assert_eq!(get(&Postings::of([]), 10), (0, vec![]));
    }

    #[test]
    fn strings_and_lists_come_back_as_given() {
        let strings: Strings = ["甲乙".as_bytes(), b"", b"abc"].into_iter().collect();
        assert_eq!(
            (0..strings.len()).map(|i| strings.get(i)).collect::<Vec<_>>(),
            ["甲乙".as_bytes(), b"", b"abc"]
        );
        let lists = Lists::of([vec![3, 1], vec![], vec![7]]);
        assert_eq!(
            (0..lists.len())
                .map(|i| lists.get(i).collect())
                .collect::<Vec<Vec<usize>>>(),
            [vec![3, 1], vec![], vec![7]]
        );
        let bytes = postcard::to_allocvec(&(&strings, &lists)).unwrap();
        let decoded: (Strings, Lists) = postcard::from_bytes(&bytes).unwrap();
        assert!(decoded.0.is_borrowed() && decoded.1.is_borrowed());
        assert_eq!(decoded, (strings, lists));
    }

    #[test]
    fn decoding_borrows_the_bytes() {
        let bytes = postcard::to_allocvec(&postings()).unwrap();
        let decoded: Postings = postcard::from_bytes(&bytes).unwrap();
        assert!(decoded.is_borrowed());
        assert_eq!(decoded, postings());
    }
}
