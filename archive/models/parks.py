"""The gazetteer: national high-tech zones, economic-technological development zones, and
parks the importer found in text."""

import re

from django.db import models
from django.urls import reverse

from .names import pinyin_slug, split_aliases, unique_slug


class Park(models.Model):
    class Kind(models.TextChoices):
        HITECH = "national_hitech", "国家高新区"
        ETDZ = "national_etdz", "国家级经开区"
        OTHER = "other", "其他园区"

    name = models.CharField("正式名称", max_length=100, help_text="官方全称，如“武汉东湖新技术开发区”。")
    short_name = models.CharField("简称", max_length=60, blank=True, help_text="新闻中常用的简称，如“武汉东湖高新区”。")
    slug = models.SlugField(
        "网址标识",
        max_length=100,
        unique=True,
        allow_unicode=False,
        help_text="永久网址中的 ASCII 标识；一经发布不要修改。",
    )
    aliases = models.TextField(
        "别名",
        blank=True,
        help_text="新闻中出现的其他叫法，每行一个（也可用分号分隔），如“东湖高新区”“中国光谷”。",
    )
    province = models.CharField("省份", max_length=20, blank=True, db_index=True)
    city = models.CharField("城市", max_length=40, blank=True)
    kind = models.CharField("类别", max_length=20, choices=Kind.choices, default=Kind.HITECH, db_index=True)
    approved_year = models.PositiveSmallIntegerField("批准年份", null=True, blank=True)
    verified = models.BooleanField(
        "已核实",
        default=True,
        help_text="名录中的园区为已核实；导入时在正文中发现、名录中没有的园区为未核实，需编辑核对或合并。",
    )
    source = models.CharField(
        "名录来源", max_length=100, blank=True, help_text="名录数据来源代码，见 fixtures/parks-sources.md。"
    )
    longitude = models.FloatField(
        "经度", null=True, blank=True, help_text="园区所在城市的经度（WGS84 近似），用于地图；空着则地图不标出。"
    )
    latitude = models.FloatField("纬度", null=True, blank=True, help_text="园区所在城市的纬度，用于地图。")
    coordinates_source = models.CharField(
        "坐标来源",
        max_length=100,
        blank=True,
        help_text="如“cpca 0.5.5 429005 潜江市”；手工修改时写明依据。重新载入名录不会覆盖已有坐标。",
    )
    notes = models.TextField("备注", blank=True)

    class Meta:
        ordering = ["province", "name"]
        verbose_name = "园区"
        verbose_name_plural = "园区"
        constraints = [
            models.UniqueConstraint(fields=["name", "kind"], name="park_unique_name_per_kind"),
        ]

    def __str__(self):
        return self.short_name or self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            base = pinyin_slug(
                re.sub(r"(高新区|高新技术产业开发区|经济技术开发区|经开区)$", "", self.short_name or self.name)
            )
            suffix = {"national_hitech": "gxq", "national_etdz": "jkq"}.get(self.kind, "yq")
            self.slug = unique_slug(Park, f"{base}-{suffix}", exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("archive:park", args=[self.slug])

    @property
    def has_coordinates(self):
        return self.longitude is not None and self.latitude is not None

    @property
    def alias_list(self):
        return split_aliases(self.aliases)

    @property
    def all_names(self):
        """Every name the park goes by, official first, without duplicates."""
        names = [self.name, self.short_name, *self.alias_list]
        return list(dict.fromkeys(n for n in names if n))


# How readers name a zone after its place: <place> + one of these, by kind.
DERIVED_SUFFIXES = {
    Park.Kind.HITECH: ("高新区", "国家高新区", "高新技术产业开发区"),
    Park.Kind.ETDZ: ("经开区", "国家级经开区", "经济技术开发区"),
}


def _places(city, province):
    """The place names a park is called after: its city and province, with and without 市/省."""
    places = []
    for place in (city, province):
        place = (place or "").strip()
        if place:
            places += [place, place.removesuffix("市").removesuffix("省")]
    return [p for p in dict.fromkeys(places) if len(p) >= 2]


def derive_names(parks):
    """``{park pk: [names]}``: <city>高新区, <city>国家高新区, <city>经开区 ... (with and without
    市/省) for every park, kept only where the name belongs to exactly one park - no other
    park derives it or already goes by it. ``parks``: Park objects (any, unsaved too)."""
    taken = {}
    for park in parks:
        for name in park.all_names:
            taken.setdefault(name, set()).add(park.pk)
    candidates = {}
    for park in parks:
        for place in _places(park.city, park.province):
            for suffix in DERIVED_SUFFIXES.get(park.kind, ()):
                candidates.setdefault(place + suffix, set()).add(park.pk)
    out = {}
    for name, owners in candidates.items():
        if len(owners) == 1 and not (taken.get(name, set()) - owners):
            (pk,) = owners
            if name not in taken:  # already one of its own names
                out.setdefault(pk, []).append(name)
    return out


def derived_names():
    """``derive_names()`` over the whole gazetteer (one query of a few hundred rows)."""
    fields = ("pk", "name", "short_name", "aliases", "city", "province", "kind")
    return derive_names([Park(**dict(zip(fields, row, strict=True))) for row in Park.objects.values_list(*fields)])
