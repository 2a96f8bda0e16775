function (doc, req) {
  /* What the secretariat's database gives the delegates' (the
   * replication DB → DB-delegates). The same list is in docs/sync.md,
   * "Running a server". A type not listed is secretariat-only: a new
   * type stays private until someone decides otherwise. ES5 only. */
  var PUBLIC = ['session', 'item', 'document', 'meeting', 'delegation', 'officer', 'speaker_list', 'speaker',
                'speaker_request', 'cosponsor_request', 'deadline', 'room_state', 'vote', 'proposal'];
  var colon = doc._id.indexOf (':');
  /* The type an ID names: `delegation:FRA` → delegation; the bare
   * `session`. A tombstone carries no type, so a deletion passes on its
   * ID alone; a live record must have a public type that its ID names
   * too, so a record filed under another type's ID does not slip out. */
  var id_type = colon === -1 ? doc._id : doc._id.substring (0, colon);

  if (PUBLIC.indexOf (id_type) === -1)
    return false;
  if (doc._deleted)
    return true;
  if (doc.type !== id_type)
    return false;
  /* A proposal turns public when submitted and stays public. */
  if (doc.type === 'proposal')
    return typeof doc.status === 'string' && doc.status !== 'draft';
  return true;
}
