"""Reporters and other people credited on articles."""

from django.db import models
from django.urls import reverse

from .names import pinyin_slug, unique_slug


class Reporter(models.Model):
    name = models.CharField("姓名", max_length=40, unique=True)
    slug = models.SlugField("网址标识", max_length=60, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "记者/作者"
        verbose_name_plural = "记者/作者"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Reporter, pinyin_slug(self.name, "reporter"), max_length=60, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("archive:reporter", args=[self.slug])
