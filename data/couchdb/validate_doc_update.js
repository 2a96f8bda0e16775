function (newDoc, oldDoc, userCtx, secObj) {
  /* Plenary's roles (DESIGN.md, "Roles, enforced by the server"). ES5 only:
   * CouchDB's query server and PouchDB Server both run this. The same
   * function guards both of a session's databases: the secretariat's and
   * the delegates'. */
  var roles = userCtx.roles || [];
  var ddoc = this;
  /* The IDs a client makes: the type, a colon, and what
   * g_uuid_string_random() gives (lowercase hex, 8-4-4-4-12). Fixed IDs
   * (`delegation:FRA`, `session`…) are the secretariat's alone, so a
   * delegate cannot squat on one before the secretariat writes it. */
  var request_id = /^(speaker_request|cosponsor_request):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  var match;

  function has (role) {
    return roles.indexOf (role) !== -1;
  }

  /* PouchDB Server 4.2.0 only (the test server): before calling this
   * function its validation plugin overwrites a replicated revision's
   * `_revisions` with the stored document's, so an update or a deletion
   * that a replication brings (new_edits=false) names a revision the
   * database has and is silently dropped. The new revision is put back
   * on top of the stored ones; revisions between them that this
   * database never saw get stand-in IDs, so the history stays one line.
   * CouchDB gives this function a copy with the right `_revisions` (or
   * none): the test below is false there and nothing is touched. */
  function repair_revisions () {
    var revs = newDoc._revisions;
    var generation, hash, ids, i;

    if (typeof newDoc._rev !== 'string' || !revs || typeof revs.start !== 'number' || !revs.ids)
      return;
    generation = parseInt (newDoc._rev, 10);
    hash = newDoc._rev.substring (newDoc._rev.indexOf ('-') + 1);
    if (!(generation > revs.start) || revs.ids[0] === hash)
      return;
    ids = [hash];
    for (i = generation - 1; i > revs.start; i--)
      ids.push ('plenary-gap-' + i + '-' + hash);
    newDoc._revisions = { start: generation, ids: ids.concat (revs.ids) };
  }

  /* Ranks in order of protocol precedence, as PlRank has them: a lower
   * index is a higher rank. A rank nobody stated is last. */
  var ranks = ['head_of_state', 'head_of_government', 'vice_president', 'minister', 'deputy_minister',
               'ambassador', 'official', 'other', 'unknown'];

  function rank_index (rank) {
    return (rank === undefined || rank === null) ? ranks.indexOf ('unknown') : ranks.indexOf (rank);
  }

  /* A delegate's request to speak names a registered member and claims no
   * rank above the member's registered one: the registration is the
   * secretariat's, published by its client into this database's _security
   * object as plenary.members {delegation _id: {member id: rank}}
   * (src/sync/pl-sync-registry.c), since a validation function cannot
   * read other documents. The answer fields are staff's to set. */
  function check_speaker_request () {
    /* PouchDB Server 4.2.0 gives _bulk_docs an empty security object;
     * the secretariat's client keeps a copy in this design document. */
    var registry = (secObj && secObj.plenary && secObj.plenary.members) ||
                   (ddoc && ddoc.plenary && ddoc.plenary.members);
    var delegation = registry && registry[newDoc.delegation];
    var registered, claimed;

    if (newDoc.status !== undefined && newDoc.status !== null && newDoc.status !== 'pending')
      throw ({ forbidden: 'A new request to speak is pending: only the secretariat accepts or declines it.' });
    if ((newDoc.speaker !== undefined && newDoc.speaker !== null) ||
        (newDoc.reason !== undefined && newDoc.reason !== null))
      throw ({ forbidden: 'A new request to speak may not name a speaker or a reason: the secretariat sets them.' });
    if (!registry)
      throw ({ forbidden: 'The secretariat has not yet published the registered members of the delegations: ' +
                          'requests to speak cannot be checked, try again later.' });
    if (typeof newDoc.member !== 'string' || !delegation ||
        !Object.prototype.hasOwnProperty.call (delegation, newDoc.member))
      throw ({ forbidden: 'The speaker must be a member registered for ' + newDoc.delegation + '.' });
    registered = rank_index (delegation[newDoc.member]);
    claimed = rank_index (newDoc.rank);
    if (claimed === -1)
      throw ({ forbidden: 'The rank "' + newDoc.rank + '" is not one Plenary knows.' });
    if (registered === -1)
      registered = rank_index ('unknown');
    if (claimed < registered)
      throw ({ forbidden: 'The rank ' + newDoc.rank + ' is above the registered rank of this member (' +
                          delegation[newDoc.member] + ').' });
  }

  /* A delegate's request to co-sponsor names a proposal by its ID (a
   * validation function cannot read it, so the form is what is checked:
   * the secretariat's client declines a request whose proposal is gone or
   * adopted). The answer is staff's to give. */
  function check_cosponsor_request () {
    if (typeof newDoc.proposal !== 'string' || !/^proposal:./.test (newDoc.proposal))
      throw ({ forbidden: 'A request to co-sponsor must name the proposal (an ID such as proposal:<uuid>).' });
    if (newDoc.status !== undefined && newDoc.status !== null && newDoc.status !== 'pending')
      throw ({ forbidden: 'A new request to co-sponsor is pending: only the secretariat accepts or declines it.' });
    if (newDoc.reason !== undefined && newDoc.reason !== null)
      throw ({ forbidden: 'A new request to co-sponsor may not give a reason: the secretariat sets it.' });
  }

  /* The secretariat writes anything; so do server admins (and the
   * server-side replications, which run with an admin's credentials). */
  if (has ('_admin') || has ('secretariat')) {
    repair_revisions ();
    return;
  }

  if (has ('delegate')) {
    /* A delegate asks for the floor or to cosponsor, and nothing else: a
     * new request record, for a delegation whose role they hold, in their
     * own name; or withdraws one of their delegation's while staff have not
     * answered it. */
    if (oldDoc && newDoc._deleted) {
      if (!request_id.test (oldDoc._id) || typeof oldDoc.delegation !== 'string' || !has (oldDoc.delegation))
        throw ({ forbidden: 'A delegate may only withdraw their own delegation\'s requests.' });
      if (oldDoc.status !== undefined && oldDoc.status !== null && oldDoc.status !== 'pending')
        throw ({ forbidden: 'This request was already answered (' + oldDoc.status + '): it can no longer be withdrawn.' });
      return;
    }
    if (oldDoc || newDoc._deleted)
      throw ({ forbidden: 'A delegate may only create requests to speak or to cosponsor, not change or delete records.' });
    match = request_id.exec (newDoc._id);
    if (!match)
      throw ({ forbidden: 'A delegate may only create requests to speak (speaker_request records) or to cosponsor ' +
                          '(cosponsor_request records), with an ID such as speaker_request:<uuid>, not "' +
                          newDoc._id + '".' });
    if (newDoc.type !== match[1])
      throw ({ forbidden: 'The record "' + newDoc._id + '" must have the type ' + match[1] + '.' });
    if (typeof newDoc.delegation !== 'string' || newDoc.delegation.indexOf ('delegation:') !== 0 ||
        !has (newDoc.delegation))
      throw ({ forbidden: 'A delegate may only make requests for their own delegation.' });
    if (newDoc.requested_by !== userCtx.name)
      throw ({ forbidden: 'A request must name its own author in requested_by.' });
    if (match[1] === 'speaker_request')
      check_speaker_request ();
    else
      check_cosponsor_request ();
    return;
  }

  throw ({ forbidden: 'Only the secretariat may change this session.' });
}
