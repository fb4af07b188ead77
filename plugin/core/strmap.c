/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* strmap.c - open-addressing hash map from strings to pointers, with an
   insertion-ordered entry array.  Written for the plugin's tables: a few
   hundred thousand names at most, looked up once per declaration.  */
#include "linkname/strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct ln_strmap_entry
{
  char *key;
  void *value;
  uint64_t hash;
};

struct ln_strmap
{
  struct ln_strmap_entry *entries; /* insertion order */
  size_t count, entries_cap;
  size_t *slots; /* index + 1 into entries; 0 = empty */
  size_t slot_cap; /* power of two */
};

/* FNV-1a: short keys, no adversary worth a keyed hash here.  */
static uint64_t
hash_key (const char *s)
{
  uint64_t h = 1469598103934665603ull;
  for (; *s; s++)
    h = (h ^ (unsigned char) *s) * 1099511628211ull;
  return h;
}

struct ln_strmap *
ln_strmap_new (void)
{
  return calloc (1, sizeof (struct ln_strmap));
}

void
ln_strmap_free (struct ln_strmap *map)
{
  if (!map)
    return;
  for (size_t i = 0; i < map->count; i++)
    free (map->entries[i].key);
  free (map->entries);
  free (map->slots);
  free (map);
}

/* The slot holding KEY, or the empty slot where it would go.  */
static size_t *
find_slot (const struct ln_strmap *map, const char *key, uint64_t h)
{
  size_t mask = map->slot_cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask)
    {
      size_t *slot = &map->slots[i];
      if (*slot == 0)
	return slot;
      const struct ln_strmap_entry *e = &map->entries[*slot - 1];
      if (e->hash == h && strcmp (e->key, key) == 0)
	return slot;
    }
}

static int
grow_slots (struct ln_strmap *map)
{
  size_t cap = map->slot_cap ? map->slot_cap * 2 : 64;
  size_t *slots = calloc (cap, sizeof *slots);
  if (!slots)
    return -1;
  free (map->slots);
  map->slots = slots;
  map->slot_cap = cap;
  for (size_t i = 0; i < map->count; i++)
    *find_slot (map, map->entries[i].key, map->entries[i].hash) = i + 1;
  return 0;
}

void *
ln_strmap_get (const struct ln_strmap *map, const char *key)
{
  if (!map || map->count == 0)
    return NULL;
  size_t *slot = find_slot (map, key, hash_key (key));
  return *slot ? map->entries[*slot - 1].value : NULL;
}

const char *
ln_strmap_put (struct ln_strmap *map, const char *key, void *value)
{
  uint64_t h = hash_key (key);
  /* Keep the load factor under one half.  */
  if ((map->count + 1) * 2 > map->slot_cap && grow_slots (map) != 0)
    return NULL;
  size_t *slot = find_slot (map, key, h);
  if (*slot)
    {
      map->entries[*slot - 1].value = value;
      return map->entries[*slot - 1].key;
    }
  if (map->count == map->entries_cap)
    {
      size_t cap = map->entries_cap ? map->entries_cap * 2 : 32;
      struct ln_strmap_entry *e = realloc (map->entries, cap * sizeof *e);
      if (!e)
	return NULL;
      map->entries = e;
      map->entries_cap = cap;
    }
  char *copy = strdup (key);
  if (!copy)
    return NULL;
  map->entries[map->count] = (struct ln_strmap_entry) { copy, value, h };
  *slot = ++map->count;
  return copy;
}

size_t
ln_strmap_count (const struct ln_strmap *map)
{
  return map ? map->count : 0;
}

const char *
ln_strmap_key_at (const struct ln_strmap *map, size_t i)
{
  return map->entries[i].key;
}

void *
ln_strmap_value_at (const struct ln_strmap *map, size_t i)
{
  return map->entries[i].value;
}
