//! Web Mercator, in "world units": 360° of longitude span [`WORLD`] units, north up.
//!
//! Also turns country rings into SVG path data, taking care of rings that cross the ±180°
//! meridian (Russia's far east, Fiji), which would otherwise draw streaks across the map.

/// World units across 360° of longitude.
pub const WORLD: f64 = 1000.0;
/// Latitudes are clamped here; Mercator is infinite at the poles.
pub const MAX_LATITUDE: f64 = 85.0;

/// A point in world units (or, in the viewport module, in view units).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

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

/// Longitude and latitude (degrees) of a point in world units.
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

/// Appends one closed ring to SVG path data, in world units rounded to 0.1.
fn push_ring(path: &mut String, ring: &[[f64; 2]], shift: f64) {
    for (i, &[lon, lat]) in ring.iter().enumerate() {
        let p = project(lon + shift, lat);
        path.push(if i == 0 { 'M' } else { 'L' });
        push_tenths(path, p.x);
        path.push(' ');
        push_tenths(path, p.y);
    }
    path.push('Z');
}

/// Writes `value` rounded to a tenth, without a trailing ".0": what `{:.1}` gives, minus the
/// zero, several times faster (the world map has some 10 000 coordinates).
fn push_tenths(out: &mut String, value: f64) {
    let tenths = (value * 10.0).round() as i64;
    if tenths < 0 {
        out.push('-');
    }
    let tenths = tenths.unsigned_abs();
    let mut digits = [0u8; 20];
    let mut n = tenths / 10;
    let mut len = 0;
    loop {
        digits[len] = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[..len].iter().rev().map(|&d| d as char));
    if !tenths.is_multiple_of(10) {
        out.push('.');
        out.push((b'0' + (tenths % 10) as u8) as char);
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
    fn tenths_read_like_rounded_decimals() {
        for (value, text) in [
            (0.0, "0"),
            (12.04, "12"),
            (12.06, "12.1"),
            (-3.25, "-3.3"),
            (-0.04, "0"),
            (999.95, "1000"),
            (512.5, "512.5"),
        ] {
            let mut out = String::new();
            push_tenths(&mut out, value);
            assert_eq!(out, text, "{value}");
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
            let xs: Vec<f64> = sub
                .trim_end_matches('Z')
                .split('L')
                .map(|p| p.split(' ').next().unwrap().parse().unwrap())
                .collect();
            assert!(
                xs.windows(2).all(|w| (w[1] - w[0]).abs() < WORLD / 4.0),
                "{sub}"
            );
        }
    }
}
