import { graphql } from './graphql.ts';

/*
 * The operations of meetings, minutes and tasks. They sit beside
 * `operations.ts` (gql-tada checks this folder) in a file of their own.
 */

// ─── Meetings ────────────────────────────────────────────────────────────────

/** A meeting in a list or calendar. */
export const MeetingListFields = graphql(`
  fragment MeetingListFields on Meeting @_unmask {
    id
    title
    startsAt
    endsAt
    status
    location
    onlineUrl
    visibility
    body {
      id
      name
      shortName
    }
  }
`);

/** A body's meetings (list and calendar) and what the "Neue Sitzung" form offers. */
export const BodyMeetingsQuery = graphql(
  `
    query BodyMeetings($id: UUID!) {
      body(id: $id) {
        id
        name
        shortName
        ended
        visibility
        viewerCan {
          manage
        }
        members {
          id
          organisation {
            id
            name
          }
        }
      }
      meetings(bodyId: $id, first: 500) {
        ...MeetingListFields
      }
    }
  `,
  [MeetingListFields],
);

/** Meetings the logged-in person is invited to, from a day on. */
export const MyMeetingsQuery = graphql(
  `
    query MyMeetings($from: DateTimeISO) {
      myMeetings(from: $from, first: 200) {
        ...MeetingListFields
      }
    }
  `,
  [MeetingListFields],
);

export const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($input: MeetingInput!) {
    createMeeting(input: $input) {
      id
      title
    }
  }
`);

/** The meeting page's header: what, when, where, who hosts, where it stands, and what the viewer may do. */
export const MeetingHeaderFields = graphql(`
  fragment MeetingHeaderFields on Meeting @_unmask {
    id
    version
    title
    startsAt
    endsAt
    status
    nextStatuses
    location
    onlineUrl
    visibility
    cancelReason
    approvedAt
    approvedByName
    eventSeq
    viewerCan {
      manage
      writeMinutes
      approve
    }
    body {
      id
      name
      shortName
    }
    organiser {
      id
      name
    }
    previous {
      id
      title
      startsAt
    }
    statusHistory {
      id
      fromStatus
      toStatus
      on
      note
      actorName
    }
    amendments {
      id
      agendaItemId
      text
      reason
      authorName
      createdAt
    }
  }
`);

export const MeetingHeaderQuery = graphql(
  `
    query MeetingHeader($id: UUID!) {
      meeting(id: $id) {
        ...MeetingHeaderFields
      }
    }
  `,
  [MeetingHeaderFields],
);

/** A decision as the minutes show it. */
export const DecisionFields = graphql(`
  fragment DecisionFields on Decision @_unmask {
    id
    version
    text
    result
    votesFor
    votesAgainst
    votesAbstaining
    createdAt
    agendaItem {
      id
    }
    recusals {
      id
      reason
      person {
        id
        givenName
        familyName
      }
    }
  }
`);

/** The agenda in order (sub-items after their item), with every decision. */
export const MeetingAgendaQuery = graphql(
  `
    query MeetingAgenda($id: UUID!) {
      meeting(id: $id) {
        id
        agenda(first: 200) {
          id
          version
          number
          title
          depth
          parentId
          position
          visibility
          plannedMinutes
          carryOver
          carriedFromId
          presenter {
            id
            givenName
            familyName
          }
        }
        decisions(first: 100) {
          ...DecisionFields
        }
      }
    }
  `,
  [DecisionFields],
);

/** The tasks that came out of a meeting (for logged-in users: visitors see none). */
export const MeetingTasksQuery = graphql(`
  query MeetingTasks($id: UUID!) {
    tasks(filter: { meetingId: $id }, first: 500) {
      id
      title
      status
      dueOn
      overdue
      agendaItem {
        id
      }
      assignee {
        id
        givenName
        familyName
      }
    }
  }
`);

/** One item's notes: the Yjs state to start the live editor from, and the Markdown. */
export const AgendaItemNotesQuery = graphql(`
  query AgendaItemNotes($id: UUID!) {
    agendaItem(id: $id) {
      id
      notesState
      notes {
        text
        revision
      }
    }
  }
`);

/** Invitees and their attendance. */
export const MeetingParticipantsQuery = graphql(`
  query MeetingParticipants($id: UUID!) {
    meeting(id: $id) {
      id
      participants(first: 500) {
        id
        attendance
        checkedInAt
        invited
        organisation {
          id
          name
        }
        person {
          id
          givenName
          familyName
        }
      }
    }
  }
`);

/** Who has the meeting open, and at which item. */
export const MeetingPresenceQuery = graphql(`
  query MeetingPresence($id: UUID!) {
    meeting(id: $id) {
      id
      presence {
        clientId
        displayName
        agendaItemId
        seenAt
      }
    }
  }
`);

/** A meeting's live events; `after` is the last `seq` seen. */
export const MeetingEventsSubscription = graphql(`
  subscription MeetingEvents($meetingId: UUID!, $after: Int) {
    meetingEvents(meetingId: $meetingId, after: $after) {
      seq
      kind
      agendaItemId
      decisionId
      personId
      status
      clientId
      update
    }
  }
`);

export const ChangeMeetingStatusMutation = graphql(
  `
    mutation ChangeMeetingStatus($id: UUID!, $version: Int!, $input: MeetingStatusInput!) {
      changeMeetingStatus(id: $id, version: $version, input: $input) {
        ...MeetingHeaderFields
      }
    }
  `,
  [MeetingHeaderFields],
);

export const PostponeMeetingMutation = graphql(
  `
    mutation PostponeMeeting($id: UUID!, $version: Int!, $input: PostponeMeetingInput!) {
      postponeMeeting(id: $id, version: $version, input: $input) {
        ...MeetingHeaderFields
      }
    }
  `,
  [MeetingHeaderFields],
);

export const ApproveMinutesMutation = graphql(
  `
    mutation ApproveMinutes($id: UUID!, $version: Int!, $decisionId: UUID) {
      approveMinutes(id: $id, version: $version, decisionId: $decisionId) {
        ...MeetingHeaderFields
      }
    }
  `,
  [MeetingHeaderFields],
);

/** The organisations a meeting can be hosted by: its body's members'. */
export const MeetingOrganisersQuery = graphql(`
  query MeetingOrganisers($id: UUID!) {
    body(id: $id) {
      id
      members {
        id
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const UpdateMeetingMutation = graphql(
  `
    mutation UpdateMeeting($id: UUID!, $version: Int!, $input: MeetingInput!) {
      updateMeeting(id: $id, version: $version, input: $input) {
        ...MeetingHeaderFields
      }
    }
  `,
  [MeetingHeaderFields],
);

export const InviteToMeetingMutation = graphql(`
  mutation InviteToMeeting($id: UUID!, $personIds: [UUID!]!) {
    inviteToMeeting(id: $id, personIds: $personIds) {
      id
    }
  }
`);

export const CreateNextMeetingMutation = graphql(`
  mutation CreateNextMeeting($id: UUID!) {
    createNextMeeting(id: $id) {
      id
    }
  }
`);

export const AmendMinutesMutation = graphql(`
  mutation AmendMinutes($meetingId: UUID!, $input: AmendmentInput!) {
    amendMinutes(meetingId: $meetingId, input: $input) {
      id
    }
  }
`);

export const SetAttendanceMutation = graphql(`
  mutation SetAttendance($meetingId: UUID!, $input: AttendanceInput!) {
    setAttendance(meetingId: $meetingId, input: $input) {
      id
      attendance
      checkedInAt
    }
  }
`);

export const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($meetingId: UUID!, $input: AgendaItemInput!) {
    addAgendaItem(meetingId: $meetingId, input: $input) {
      id
      number
      title
    }
  }
`);

export const UpdateAgendaItemMutation = graphql(`
  mutation UpdateAgendaItem($id: UUID!, $version: Int!, $input: AgendaItemInput!) {
    updateAgendaItem(id: $id, version: $version, input: $input) {
      id
      version
      title
      plannedMinutes
      visibility
      carryOver
    }
  }
`);

export const MoveAgendaItemMutation = graphql(`
  mutation MoveAgendaItem($id: UUID!, $parentId: UUID, $position: Int!) {
    moveAgendaItem(id: $id, parentId: $parentId, position: $position) {
      id
    }
  }
`);

export const RemoveAgendaItemMutation = graphql(`
  mutation RemoveAgendaItem($id: UUID!) {
    removeAgendaItem(id: $id)
  }
`);

/** Sends one Yjs update (base64) of an item's notes; `clientId` lets this page skip its own event. */
export const EditAgendaNotesMutation = graphql(`
  mutation EditAgendaNotes($agendaItemId: UUID!, $update: String!, $clientId: String) {
    editAgendaNotes(agendaItemId: $agendaItemId, update: $update, clientId: $clientId) {
      agendaItemId
      revision
    }
  }
`);

export const AddDecisionMutation = graphql(
  `
    mutation AddDecision($agendaItemId: UUID!, $input: DecisionInput!) {
      addDecision(agendaItemId: $agendaItemId, input: $input) {
        ...DecisionFields
      }
    }
  `,
  [DecisionFields],
);

export const UpdateDecisionMutation = graphql(
  `
    mutation UpdateDecision($id: UUID!, $version: Int!, $input: DecisionInput!) {
      updateDecision(id: $id, version: $version, input: $input) {
        ...DecisionFields
      }
    }
  `,
  [DecisionFields],
);

export const RemoveDecisionMutation = graphql(`
  mutation RemoveDecision($id: UUID!) {
    removeDecision(id: $id)
  }
`);

/** This page has the meeting open (at an item); repeated every 20 seconds. */
export const SetMeetingPresenceMutation = graphql(`
  mutation SetMeetingPresence($meetingId: UUID!, $clientId: String!, $agendaItemId: UUID) {
    setMeetingPresence(meetingId: $meetingId, clientId: $clientId, agendaItemId: $agendaItemId)
  }
`);

export const LeaveMeetingMutation = graphql(`
  mutation LeaveMeeting($meetingId: UUID!, $clientId: String!) {
    leaveMeeting(meetingId: $meetingId, clientId: $clientId)
  }
`);

// ─── Tasks ───────────────────────────────────────────────────────────────────

/** What a task card shows, including the version to send back when it moves. */
export const TaskCardFields = graphql(`
  fragment TaskCardFields on Task @_unmask {
    id
    version
    title
    description
    status
    dueOn
    overdue
    completedOn
    viewerCan {
      manage
      move
    }
    assignee {
      id
      givenName
      familyName
    }
    organisation {
      id
      name
    }
    body {
      id
      name
      shortName
    }
    meeting {
      id
      title
      startsAt
    }
  }
`);

/** A body's task board, with the members a task can be assigned to. */
export const BodyTasksQuery = graphql(
  `
    query BodyTasks($id: UUID!) {
      body(id: $id) {
        id
        name
        shortName
        ended
        taskEventSeq
        viewerCan {
          manage
        }
        members {
          id
          person {
            id
            givenName
            familyName
          }
        }
      }
      tasks(filter: { bodyId: $id }, first: 500) {
        ...TaskCardFields
      }
    }
  `,
  [TaskCardFields],
);

/** Tasks assigned to the logged-in person, across bodies. */
export const MyTasksQuery = graphql(
  `
    query MyTasks {
      myTasks(first: 500) {
        ...TaskCardFields
      }
    }
  `,
  [TaskCardFields],
);

export const CreateTaskMutation = graphql(
  `
    mutation CreateTask($input: TaskInput!) {
      createTask(input: $input) {
        ...TaskCardFields
      }
    }
  `,
  [TaskCardFields],
);

export const UpdateTaskMutation = graphql(
  `
    mutation UpdateTask($id: UUID!, $version: Int!, $input: TaskInput!) {
      updateTask(id: $id, version: $version, input: $input) {
        ...TaskCardFields
      }
    }
  `,
  [TaskCardFields],
);

/** A task's comments, oldest first. */
export const TaskCommentsQuery = graphql(`
  query TaskComments($id: UUID!) {
    task(id: $id) {
      id
      comments {
        id
        text
        authorName
        createdAt
      }
    }
  }
`);

export const CommentOnTaskMutation = graphql(`
  mutation CommentOnTask($id: UUID!, $text: String!) {
    commentOnTask(id: $id, text: $text) {
      id
    }
  }
`);

/** A body's task board events; `after` is the last `seq` seen. */
export const TaskBoardEventsSubscription = graphql(`
  subscription TaskBoardEvents($bodyId: UUID!, $after: Int) {
    taskBoardEvents(bodyId: $bodyId, after: $after) {
      seq
      kind
      taskId
      status
    }
  }
`);
