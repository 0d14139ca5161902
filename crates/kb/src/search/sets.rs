//! Sets of texts (and of a query's probes per text) as bits, which ranking fills and reads
//! once per query.

/// For each text of an index, the query's probes (by number) found in it.
pub(super) struct Found {
    /// `words` bit-words per text.
    bits: Vec<u64>,
    words: usize,
}

impl Found {
    pub fn new(texts: usize, probes: usize) -> Self {
        let words = probes.div_ceil(64);
        Found {
            bits: vec![0; texts * words],
            words,
        }
    }

    pub fn insert(&mut self, text: usize, probe: usize) {
        self.bits[text * self.words + probe / 64] |= 1 << (probe % 64);
    }

    fn of(&self, text: usize) -> &[u64] {
        &self.bits[text * self.words..(text + 1) * self.words]
    }

    /// Whether any probe is found in the text.
    pub fn any(&self, text: usize) -> bool {
        self.of(text).iter().any(|&word| word != 0)
    }

    /// The probes found in the text, ascending.
    pub fn probes(&self, text: usize) -> impl Iterator<Item = usize> + '_ {
        ones(self.of(text))
    }
}

/// A set of texts of an index, by number.
pub(super) struct TextSet(Vec<u64>);

impl TextSet {
    pub fn new(texts: usize) -> Self {
        TextSet(vec![0; texts.div_ceil(64)])
    }

    pub fn insert(&mut self, text: usize) {
        self.0[text / 64] |= 1 << (text % 64);
    }

    pub fn contains(&self, text: usize) -> bool {
        self.0[text / 64] & (1 << (text % 64)) != 0
    }

    /// The texts in the set, ascending.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        ones(&self.0)
    }
}

/// The numbers of the bits set in bit-words, ascending.
fn ones(words: &[u64]) -> impl Iterator<Item = usize> + '_ {
    words.iter().enumerate().flat_map(|(i, &word)| {
        let mut rest = word;
        std::iter::from_fn(move || {
            (rest != 0).then(|| {
                let bit = rest.trailing_zeros() as usize;
                rest &= rest - 1;
                i * 64 + bit
            })
        })
    })
}
