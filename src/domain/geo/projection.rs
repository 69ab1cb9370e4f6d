//! Web Mercator, in "world units": 360° of longitude span [`WORLD`] units, north up.
//!
//! Also turns country rings into SVG path data, taking care of rings that cross the ±180°
//! meridian (Russia's far east, Fiji), which would otherwise draw streaks across the map.

use crate::domain::plane::Point;

/// World units across 360° of longitude.
pub const WORLD: f64 = 1000.0;
/// Latitudes are clamped here; Mercator is infinite at the poles.
pub const MAX_LATITUDE: f64 = 85.0;

/// Projects a longitude and latitude (degrees) to world units.
pub fn project(lon: f64, lat: f64) -> Point {
    let phi = lat.clamp(-MAX_LATITUDE, MAX_LATITUDE).to_radians();
    Point {
        x: (lon + 180.0) / 360.0 * WORLD,
        y: (0.5
            - (std::f64::consts::FRAC_PI_4 + phi / 2.0).tan().ln() / (2.0 * std::f64::consts::PI))
            * WORLD,
    }
}

/// Longitude and latitude (degrees) of a point in world units (the tests check places with it).
#[cfg(test)]
pub fn unproject(p: Point) -> (f64, f64) {
    let lon = p.x / WORLD * 360.0 - 180.0;
    let lat = (2.0
        * ((0.5 - p.y / WORLD) * 2.0 * std::f64::consts::PI)
            .exp()
            .atan()
        - std::f64::consts::FRAC_PI_2)
        .to_degrees();
    (lon, lat)
}

/// Longitudes made continuous along the ring: a step of more than 180° is taken as crossing
/// the antimeridian, so the ring may extend below -180° or beyond 180°.
pub fn unwrap_longitudes(ring: &[[f64; 2]]) -> Vec<[f64; 2]> {
    let mut out: Vec<[f64; 2]> = Vec::with_capacity(ring.len());
    let mut offset = 0.0;
    for (i, &[lon, lat]) in ring.iter().enumerate() {
        if i > 0 {
            let previous = ring[i - 1][0];
            if lon - previous > 180.0 {
                offset -= 360.0;
            } else if previous - lon > 180.0 {
                offset += 360.0;
            }
        }
        out.push([lon + offset, lat]);
    }
    out
}

/// Appends one closed ring to SVG path data: its first point in world units, then each step
/// from the point before, all in tenths (a third the size of absolute coordinates). The steps
/// are taken between rounded points, so rounding never adds up along the ring.
fn push_ring(path: &mut String, ring: &[[f64; 2]], shift: f64) {
    let mut last = (0, 0);
    for (i, &[lon, lat]) in ring.iter().enumerate() {
        let p = project(lon + shift, lat);
        let here = ((p.x * 10.0).round() as i64, (p.y * 10.0).round() as i64);
        let (x, y) = match i {
            0 => here,
            _ => (here.0 - last.0, here.1 - last.1),
        };
        // A minus sign separates numbers by itself.
        match i {
            0 => path.push('M'),
            1 => path.push('l'),
            _ if x >= 0 => path.push(' '),
            _ => {}
        }
        push_tenths(path, x);
        if y >= 0 {
            path.push(' ');
        }
        push_tenths(path, y);
        last = here;
    }
    path.push('z');
}

/// Writes a number of tenths as SVG reads it, as short as it goes: `12.5`, `-3`, `.7`, `-.2`.
fn push_tenths(out: &mut String, tenths: i64) {
    if tenths < 0 {
        out.push('-');
    }
    let tenths = tenths.unsigned_abs();
    let (whole, tenth) = (tenths / 10, tenths % 10);
    if whole > 0 || tenth == 0 {
        out.push_str(&whole.to_string());
    }
    if tenth > 0 {
        out.push('.');
        out.push((b'0' + tenth as u8) as char);
    }
}

/// SVG path data for a country's rings. A ring crossing the antimeridian is unwrapped and
/// drawn twice, shifted by 360°, so each half appears at its own edge of the map.
pub fn rings_path(rings: &[Vec<[f64; 2]>]) -> String {
    let mut path = String::new();
    for ring in rings {
        let unwrapped = unwrap_longitudes(ring);
        push_ring(&mut path, &unwrapped, 0.0);
        let (min, max) = unwrapped.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
            (lo.min(p[0]), hi.max(p[0]))
        });
        if max > 180.0 {
            push_ring(&mut path, &unwrapped, -360.0);
        }
        if min < -180.0 {
            push_ring(&mut path, &unwrapped, 360.0);
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_are_written_short() {
        for (tenths, text) in [
            (0, "0"),
            (120, "12"),
            (121, "12.1"),
            (-33, "-3.3"),
            (7, ".7"),
            (-2, "-.2"),
            (10_000, "1000"),
        ] {
            let mut out = String::new();
            push_tenths(&mut out, tenths);
            assert_eq!(out, text, "{tenths}");
        }
    }

    /// The points of one ring's path data (`M x y l dx dy … z`), in world units.
    fn ring_points(data: &str) -> Vec<(f64, f64)> {
        let numbers: Vec<f64> = data
            .trim_start_matches('M')
            .trim_end_matches('z')
            .replace('l', " ")
            .replace('-', " -")
            .split_whitespace()
            .map(|n| n.parse().unwrap())
            .collect();
        let mut points = vec![(numbers[0], numbers[1])];
        for step in numbers[2..].chunks(2) {
            let (x, y) = points[points.len() - 1];
            points.push((x + step[0], y + step[1]));
        }
        points
    }

    #[test]
    fn a_ring_is_its_rounded_points_step_by_step() {
        let ring = [[7.75, 48.57], [8.0, 48.0], [7.0, 47.5], [7.75, 48.57]];
        let mut path = String::new();
        push_ring(&mut path, &ring, 0.0);
        let points = ring_points(&path);
        assert_eq!(points.len(), ring.len());
        for (&(x, y), &[lon, lat]) in points.iter().zip(&ring) {
            let p = project(lon, lat);
            assert!(
                (x - p.x).abs() <= 0.05 + 1e-9 && (y - p.y).abs() <= 0.05 + 1e-9,
                "{path}"
            );
        }
    }

    #[test]
    fn projects_and_unprojects() {
        let origin = project(0.0, 0.0);
        assert!((origin.x - WORLD / 2.0).abs() < 1e-9 && (origin.y - WORLD / 2.0).abs() < 1e-9);
        for (lon, lat) in [(7.75, 48.57), (116.4, 39.9), (-70.0, -33.0), (179.9, 60.0)] {
            let (lon2, lat2) = unproject(project(lon, lat));
            assert!((lon - lon2).abs() < 1e-9 && (lat - lat2).abs() < 1e-9);
        }
        assert!(project(0.0, 60.0).y < project(0.0, 30.0).y, "north is up");
        assert_eq!(project(0.0, 90.0), project(0.0, MAX_LATITUDE));
    }

    #[test]
    fn rings_across_the_antimeridian_do_not_streak() {
        // A ring around Fiji's 180° line: 178°E → 179.9°E → -179.8° → -178° and back.
        let ring = vec![
            [178.0, -17.0],
            [179.9, -16.5],
            [-179.8, -16.4],
            [-178.0, -17.0],
            [178.0, -17.5],
        ];
        let unwrapped = unwrap_longitudes(&ring);
        assert!(unwrapped
            .windows(2)
            .all(|w| (w[1][0] - w[0][0]).abs() < 180.0));
        let path = rings_path(&[ring]);
        assert_eq!(
            path.matches('M').count(),
            2,
            "drawn once on each edge: {path}"
        );
        // No segment of the drawing jumps across the map.
        for sub in path.split('M').filter(|s| !s.is_empty()) {
            let points = ring_points(sub);
            assert!(
                points
                    .windows(2)
                    .all(|w| (w[1].0 - w[0].0).abs() < WORLD / 4.0),
                "{sub}"
            );
        }
    }
}
