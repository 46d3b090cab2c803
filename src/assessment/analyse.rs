//! Item analysis for an organisation piloting a questionnaire: per dimension Cronbach's α
//! with a 95 % interval (Feldt), and per item the corrected item-total correlation and α if
//! the item were left out. Each dimension uses the respondents who answered all of its
//! items, and the items' unweighted 0–100 values (a scenario counts as one item for every
//! dimension its options score).

use serde::Serialize;

use super::dimension::Dimension;
use super::items::Scoring;
use super::model::Questionnaire;
use super::score::Answers;
use super::stats::f_quantile;

/// An item whose corrected item-total correlation is below this is flagged.
pub const LOW_ITEM_TOTAL: f64 = 0.2;

/// A dimension whose α is below this is flagged.
pub const LOW_ALPHA: f64 = 0.6;

/// One item's numbers within a dimension.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemStats {
    /// The item id.
    pub id: String,
    /// Correlation with the sum of the dimension's other items.
    pub item_total: Option<f64>,
    /// α of the dimension without this item.
    pub alpha_if_deleted: Option<f64>,
    /// `low_item_total` when below [`LOW_ITEM_TOTAL`].
    pub flags: Vec<&'static str>,
}

/// One dimension's numbers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionStats {
    /// The dimension's key.
    pub dimension: &'static str,
    /// Respondents who answered every item of it.
    pub n: usize,
    /// Cronbach's α; `None` with fewer than two items, three respondents, or no variance.
    pub alpha: Option<f64>,
    /// Its 95 % interval (Feldt).
    pub alpha_ci: Option<[f64; 2]>,
    /// `low_alpha` when α is below [`LOW_ALPHA`].
    pub flags: Vec<&'static str>,
    /// Its items in questionnaire order.
    pub items: Vec<ItemStats>,
}

/// The analysis of every dimension, in [`Dimension::ALL`] order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// Per dimension.
    pub dimensions: Vec<DimensionStats>,
}

/// Analyses the answers of many respondents.
pub fn analyse(q: &Questionnaire, respondents: &[&Answers]) -> Analysis {
    let scoring = Scoring::new(q);
    // Every unit of the questionnaire in order, and per dimension the units that score it.
    let mut all: Vec<(usize, Dimension)> = Vec::new();
    for i in 0..scoring.len() {
        scoring.for_each_unit(i, None, |u| all.push((i, u.dimension)));
    }
    let columns: Vec<Vec<usize>> = Dimension::ALL
        .iter()
        .map(|d| (0..all.len()).filter(|u| all[*u].1 == *d).collect())
        .collect();
    let mut rows: Vec<Vec<Vec<f64>>> = vec![Vec::new(); Dimension::ALL.len()];
    let mut values: Vec<Option<f64>> = Vec::with_capacity(all.len());
    for a in respondents {
        values.clear();
        for i in 0..scoring.len() {
            scoring.for_each_unit(i, a.get(scoring.id(i)), |u| {
                values.push(u.value.map(f64::from));
            });
        }
        for (d, cols) in columns.iter().enumerate() {
            let row: Option<Vec<f64>> = cols
                .iter()
                .map(|c| values.get(*c).copied().flatten())
                .collect();
            if let (Some(row), Some(out)) = (row, rows.get_mut(d)) {
                out.push(row);
            }
        }
    }
    let dimensions = Dimension::ALL
        .iter()
        .zip(columns.iter().zip(&rows))
        .map(|(d, (cols, rows))| {
            let ids: Vec<&str> = cols.iter().map(|c| scoring.id(all[*c].0)).collect();
            dimension_stats(d.key(), &ids, rows)
        })
        .collect();
    Analysis { dimensions }
}

fn dimension_stats(key: &'static str, ids: &[&str], rows: &[Vec<f64>]) -> DimensionStats {
    let k = ids.len();
    let n = rows.len();
    let cov = covariance(rows, k);
    let all: Vec<usize> = (0..k).collect();
    let whole = alpha(&cov, &all, n);
    let alpha_ci = whole.and_then(|a| feldt(a, n, k));
    let items = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let rest: Vec<usize> = all.iter().copied().filter(|j| *j != i).collect();
            let item_total = item_total(&cov, i, &rest, n);
            let flags = if item_total.is_some_and(|r| r < LOW_ITEM_TOTAL) {
                vec!["low_item_total"]
            } else {
                Vec::new()
            };
            ItemStats {
                id: (*id).to_owned(),
                item_total: item_total.map(round3),
                alpha_if_deleted: alpha(&cov, &rest, n).map(round3),
                flags,
            }
        })
        .collect();
    let flags = if whole.is_some_and(|a| a < LOW_ALPHA) {
        vec!["low_alpha"]
    } else {
        Vec::new()
    };
    DimensionStats {
        dimension: key,
        n,
        alpha: whole.map(round3),
        alpha_ci: alpha_ci.map(|[a, b]| [round3(a), round3(b)]),
        flags,
        items,
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The k×k sample covariance matrix of the rows.
fn covariance(rows: &[Vec<f64>], k: usize) -> Vec<Vec<f64>> {
    let n = rows.len();
    let mut cov = vec![vec![0.0; k]; k];
    if n < 2 {
        return cov;
    }
    let mut mean = vec![0.0; k];
    for r in rows {
        for (m, x) in mean.iter_mut().zip(r) {
            *m += x / n as f64;
        }
    }
    let denom = (n - 1) as f64;
    for r in rows {
        let dev: Vec<f64> = r.iter().zip(&mean).map(|(x, m)| x - m).collect();
        for (row, di) in cov.iter_mut().zip(&dev) {
            for (c, dj) in row.iter_mut().zip(&dev) {
                *c += di * dj / denom;
            }
        }
    }
    cov
}

/// Cronbach's α of the items `set`.
fn alpha(cov: &[Vec<f64>], set: &[usize], n: usize) -> Option<f64> {
    let k = set.len();
    if k < 2 || n < 3 {
        return None;
    }
    let items: f64 = set.iter().map(|&i| cov[i][i]).sum();
    let total: f64 = set
        .iter()
        .flat_map(|&i| set.iter().map(move |&j| (i, j)))
        .map(|(i, j)| cov[i][j])
        .sum();
    (total > 0.0).then(|| k as f64 / (k - 1) as f64 * (1.0 - items / total))
}

/// The correlation of item `i` with the sum of the items `rest`.
fn item_total(cov: &[Vec<f64>], i: usize, rest: &[usize], n: usize) -> Option<f64> {
    if rest.is_empty() || n < 3 {
        return None;
    }
    let with: f64 = rest.iter().map(|&j| cov[i][j]).sum();
    let var_rest: f64 = rest
        .iter()
        .flat_map(|&a| rest.iter().map(move |&b| (a, b)))
        .map(|(a, b)| cov[a][b])
        .sum();
    let denom = (cov[i][i] * var_rest).sqrt();
    (denom > 0.0).then(|| with / denom)
}

/// Feldt's 95 % interval for α from `n` respondents and `k` items.
fn feldt(alpha: f64, n: usize, k: usize) -> Option<[f64; 2]> {
    if n < 3 || k < 2 {
        return None;
    }
    let df1 = (n - 1) as f64;
    let df2 = df1 * (k - 1) as f64;
    let lower = 1.0 - (1.0 - alpha) * f_quantile(0.975, df1, df2);
    let upper = 1.0 - (1.0 - alpha) * f_quantile(0.025, df1, df2);
    Some([lower, upper])
}

#[cfg(test)]
mod tests;
