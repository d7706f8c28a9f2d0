"""The map projection: Albers equal-area conic for China, then a fixed frame into SVG units.

Albers with standard parallels 25°N and 47°N and central meridian 105°E is the projection
China's own atlases and most GIS work on the whole country use: areas stay true (so a
province's shading is not exaggerated the way Mercator inflates Heilongjiang against
Hainan), and between the two parallels shapes are barely distorted. A sphere (R = 6371 km)
is enough at this scale: the ellipsoid would move points by less than a pixel.

``Projection.to_svg`` is used both by the build (the province outlines) and at request
time (the parks' points), with the numbers stored in ``provinces.json``, so the two always
line up.
"""

import math
from dataclasses import asdict, dataclass

EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class Albers:
    lon0: float = 105.0
    lat0: float = 0.0
    lat1: float = 25.0
    lat2: float = 47.0

    def __call__(self, lon, lat):
        """(x, y) in km on the plane, y pointing north."""
        phi1, phi2, phi0 = (math.radians(v) for v in (self.lat1, self.lat2, self.lat0))
        n = (math.sin(phi1) + math.sin(phi2)) / 2
        c = math.cos(phi1) ** 2 + 2 * n * math.sin(phi1)
        rho0 = EARTH_RADIUS_KM * math.sqrt(c - 2 * n * math.sin(phi0)) / n
        rho = EARTH_RADIUS_KM * math.sqrt(c - 2 * n * math.sin(math.radians(lat))) / n
        theta = n * math.radians(lon - self.lon0)
        return rho * math.sin(theta), rho0 - rho * math.cos(theta)


@dataclass(frozen=True)
class Projection:
    """Albers, then ``svg = (x * scale + dx, -y * scale + dy)`` (SVG's y points down)."""

    albers: Albers
    scale: float
    dx: float
    dy: float

    def to_svg(self, lon, lat):
        x, y = self.albers(lon, lat)
        return x * self.scale + self.dx, -y * self.scale + self.dy

    def as_dict(self):
        return {"name": "albers", **asdict(self.albers), "scale": self.scale, "dx": self.dx, "dy": self.dy}

    @classmethod
    def from_dict(cls, data):
        albers = Albers(lon0=data["lon0"], lat0=data["lat0"], lat1=data["lat1"], lat2=data["lat2"])
        return cls(albers=albers, scale=data["scale"], dx=data["dx"], dy=data["dy"])
