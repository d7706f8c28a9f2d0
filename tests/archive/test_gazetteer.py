import pytest
from django.core.management import call_command

from archive.gazetteer import read_parks_csv
from archive.models import Park

pytestmark = pytest.mark.django_db


def test_it_loads_all_395_parks_from_the_shipped_csv():
    call_command("load_parks", verbosity=0)
    assert Park.objects.count() == 395
    assert Park.objects.filter(kind=Park.Kind.HITECH).count() == 176
    assert Park.objects.filter(kind=Park.Kind.ETDZ).count() == 219


def test_it_is_idempotent_and_keeps_slugs_stable():
    call_command("load_parks", verbosity=0)
    before = dict(Park.objects.values_list("name", "slug").filter(kind=Park.Kind.HITECH))
    call_command("load_parks", verbosity=0)
    assert Park.objects.count() == 395
    assert dict(Park.objects.values_list("name", "slug").filter(kind=Park.Kind.HITECH)) == before


def test_it_keeps_an_editors_change_on_reload():
    call_command("load_parks", verbosity=0)
    park = Park.objects.get(name="武汉东湖新技术开发区")
    park.aliases += "\n光谷"
    park.save()
    call_command("load_parks", verbosity=0)
    assert "光谷" in Park.objects.get(pk=park.pk).alias_list


def test_it_gives_every_park_an_ascii_slug():
    call_command("load_parks", verbosity=0)
    slugs = list(Park.objects.values_list("slug", flat=True))
    assert all(s.isascii() and s for s in slugs)
    assert len(set(slugs)) == len(slugs)


def test_it_reads_aliases_and_years():
    rows = {(r["name"], r["kind"]): r for r in read_parks_csv()}
    donghu = rows[("武汉东湖新技术开发区", "national_hitech")]
    assert donghu["short_name"] == "武汉东湖高新区"
    assert "东湖高新区" in donghu["aliases"].splitlines()
    assert rows[("中关村科技园区", "national_hitech")]["approved_year"] == 1988


def test_it_loads_every_parks_coordinates_with_their_source():
    call_command("load_parks", verbosity=0)
    assert not Park.objects.filter(longitude__isnull=True).exists()
    donghu = Park.objects.get(name="武汉东湖新技术开发区")
    assert 113 < donghu.longitude < 115 and 30 < donghu.latitude < 31
    assert donghu.coordinates_source.startswith("cpca ")
    assert "武汉市" in donghu.coordinates_source


def test_it_keeps_an_editors_coordinates_on_reload():
    call_command("load_parks", verbosity=0)
    park = Park.objects.get(name="武汉东湖新技术开发区")
    park.longitude, park.latitude, park.coordinates_source = 114.4, 30.5, "园区管委会地址"
    park.save()
    call_command("load_parks", verbosity=0)
    park.refresh_from_db()
    assert (park.longitude, park.latitude, park.coordinates_source) == (114.4, 30.5, "园区管委会地址")


def test_it_fills_coordinates_of_parks_loaded_before_the_map():
    call_command("load_parks", verbosity=0)
    Park.objects.update(longitude=None, latitude=None, coordinates_source="")
    call_command("load_parks", verbosity=0)
    assert not Park.objects.filter(longitude__isnull=True).exists()


def test_a_park_missing_from_the_coordinates_file_gets_none():
    rows = read_parks_csv(coordinates={})
    assert all(r["longitude"] is None and r["coordinates_source"] == "" for r in rows)
