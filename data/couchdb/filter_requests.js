function (doc, req) {
  /* What the delegates' database gives back to the secretariat's (the
   * replication DB-delegates → DB): the delegates' requests, deletions
   * included, and nothing else. ES5 only. */
  var colon = doc._id.indexOf (':');
  var id_type = colon === -1 ? doc._id : doc._id.substring (0, colon);

  if (id_type !== 'speaker_request' && id_type !== 'cosponsor_request')
    return false;
  return doc._deleted === true || doc.type === id_type;
}
