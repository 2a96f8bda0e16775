function (newDoc, oldDoc, userCtx, secObj) {
  /* Plenary's roles (DESIGN.md, "Roles, enforced by the server"). ES5 only:
   * CouchDB's query server and PouchDB Server both run this. */
  var roles = userCtx.roles || [];

  function has (role) {
    return roles.indexOf (role) !== -1;
  }

  /* The secretariat writes anything; so do server admins. */
  if (has ('_admin') || has ('secretariat'))
    return;

  if (has ('delegate')) {
    /* A delegate asks for the floor and nothing else: a new
     * speaker_request record, for a delegation whose role they hold. */
    if (oldDoc || newDoc._deleted)
      throw ({ forbidden: 'A delegate may only create requests to speak, not change or delete records.' });
    if (newDoc.type !== 'speaker_request')
      throw ({ forbidden: 'A delegate may only create requests to speak (speaker_request records).' });
    if (typeof newDoc.delegation !== 'string' || newDoc.delegation.indexOf ('delegation:') !== 0 ||
        !has (newDoc.delegation))
      throw ({ forbidden: 'A delegate may only request the floor for their own delegation.' });
    if (newDoc.requested_by !== undefined && newDoc.requested_by !== null &&
        newDoc.requested_by !== userCtx.name)
      throw ({ forbidden: 'A request to speak must name its own author in requested_by.' });
    return;
  }

  throw ({ forbidden: 'Only the secretariat may change this session.' });
}
