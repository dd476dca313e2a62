# long_document (English part): README files, meeting notes, policies, postmortems, lecture notes.
FAMILY = "long_document"
ROWS = [
    ("en", "readme-cli", '''# tidyphotos

A small command-line tool that sorts photos into folders by the date they were taken.

## Install

    pip install tidyphotos

Python 3.9 or newer is required. On Windows, run the commands from PowerShell, not the old cmd.exe.

## Usage

    tidyphotos ~/Pictures/Unsorted --dest ~/Pictures/Sorted --pattern "{year}/{month:02}"

By default nothing is moved: the tool prints what it *would* do. Add `--apply` to actually move files.

Options:

- `--copy` copy instead of move
- `--skip-existing` ignore files that already exist in the destination
- `--exif-only` skip files without EXIF data instead of falling back to the file's modified time

## Known issues

- HEIC files from older iPhones sometimes report the wrong timezone. Use `--tz Europe/London` to override.
- If you interrupt the program with Ctrl+C during `--apply`, re-run the same command; it will pick up where it left off.

## Contributing

Pull requests are welcome. Please run `make lint test` before opening one, and do not commit sample photos of real people.

## License

MIT'''),
    ("en", "readme-service", '''# orders-service

Handles order creation, payment capture and refund requests for the web shop.

## Running locally

1. Copy `.env.example` to `.env` and fill in the values. For local development the test keys in the example file are enough; never put live keys in `.env` files that might be committed.
2. `docker compose up -d db redis`
3. `make migrate`
4. `make run` — the API listens on http://localhost:8081.

## Endpoints

| Method | Path | Notes |
|---|---|---|
| POST | /orders | creates an order, returns 201 |
| POST | /orders/{id}/capture | requires the `orders:write` scope |
| POST | /orders/{id}/refund | admin only; returns 403 for other roles |

## Authentication

Requests must carry a bearer token issued by the auth service. Tokens expire after 15 minutes; the frontend refreshes them automatically. If you see `401 token_expired` in your local logs, log out and back in.

## Troubleshooting

- **`connection refused` on startup**: the database container is still starting. Wait a few seconds and retry.
- **Payments fail with `invalid_api_key`**: your `PAYMENTS_KEY` is empty or a live key is being used against the sandbox.
- **Tests hang**: make sure nothing else is bound to port 6379, or kill the stray redis-server process.

Owner: #team-checkout'''),
    ("en", "postmortem-outage", '''Incident postmortem: checkout outage, 14 May

Summary
Between 13:02 and 13:47 UTC, roughly 38% of checkout attempts failed with HTTP 500. No data was lost and no customer was charged twice.

Timeline (UTC)
13:00 Deploy 2024.05.14-3 rolled out to 100% of pods.
13:02 Error rate alert fired for /api/checkout.
13:09 On-call engineer acknowledged and began investigating.
13:21 Logs showed "connection pool exhausted" from the payments client.
13:35 Decision to roll back.
13:47 Rollback completed; error rate returned to baseline.

Root cause
The deploy changed the HTTP client used to call the payment provider. The new client created a connection pool per request instead of reusing one, so connections were never released. Under normal lunchtime load the pods ran out of sockets within two minutes.

What went well
- The alert fired quickly and the rollback procedure worked as documented.
- Customer support had a status page update live within 15 minutes.

What went wrong
- The load test for this change used 5 requests per second; production peak is about 400.
- The canary stage was skipped because the change was labelled "refactor only".

Action items
1. Add a connection-pool saturation metric and alert (owner: Platform, due 31 May).
2. Make the canary stage mandatory for all services touching payments (owner: Release eng, due 7 June).
3. Update the load-test profile to reflect real peak traffic (owner: Checkout, due 7 June).

This is a blameless review. The goal is to fix the system, not to find someone to blame.'''),
    ("en", "postmortem-access-denied", '''Postmortem: internal wiki "Access denied" for all users

Impact: From 08:10 to 09:25 on Monday, every employee who opened the internal wiki saw "Access denied – you do not have permission to view this page." Roughly 600 people were affected. No content was exposed or modified.

What happened: On Friday evening the identity team rotated the signing certificate used for single sign-on. The wiki caches the identity provider's metadata for 72 hours and was still validating tokens with the old certificate. Over the weekend few people logged in, so nobody noticed. On Monday morning every login token failed validation, and the wiki's default behaviour on a validation failure is to deny access.

Detection: The helpdesk received 40 tickets in 20 minutes. There was no automated alert because the wiki returned a normal 403 page rather than an error.

Resolution: An administrator cleared the metadata cache and forced a refresh. Access was restored at 09:25.

Follow-ups:
- Certificate rotations are now announced in #it-changes at least a week ahead, with a list of dependent systems.
- The wiki's metadata cache lifetime was reduced to 1 hour.
- We added a synthetic login check that alerts if a test account gets a 403.'''),
    ("en", "meeting-notes-product", '''Product sync — meeting notes, Thursday 6 June
Attendees: Hana (PM), Oliver (Eng lead), Grace (Design), Yusuf (Support)

1. Search relaunch
- Beta feedback is mostly positive. Main complaint: filters reset when you go back.
- Oliver: the fix is small, will ship next sprint.
- Decision: full launch moves from 17 June to 24 June so the fix is included.

2. Onboarding emails
- Grace showed the new templates. Everyone agreed to drop the third email; open rate is under 5%.
- Yusuf asked to add a line "If you didn't sign up, ignore this email" because support gets confused tickets from people who were signed up by a colleague.

3. Support backlog
- 212 open tickets, up from 150. Most are about the billing page change.
- Hana will write a help-centre article and pin it in the app banner.

Action items
- Oliver: fix filter reset (due 14 June)
- Grace: final onboarding copy, remove email 3 (due 12 June)
- Hana: billing help article (due 10 June)
- Yusuf: tag billing tickets so we can measure the drop

Next meeting: 13 June, same time.'''),
    ("en", "meeting-notes-hoa", '''Maple Court Residents' Association – Minutes of the meeting held 3 March

Present: 14 households. Chair: R. Okafor. Notes: L. Brandt.

1. Minutes of the previous meeting were approved without changes.

2. Parking. Several residents reported visitors parking in the fire lane. The committee will ask the management company for clearer signs. Residents are asked to remind their guests to use the visitor bays and not to block the bin store on Tuesdays.

3. Garden day. The spring garden day is set for 13 April, 10:00–14:00. Bring gloves if you have them; tools will be provided. Please ignore the earlier flyer that said 6 April – the date changed because of the marathon road closures.

4. Security. After two bicycle thefts from the shared shed, the committee proposed replacing the padlock with a coded lock. Approved by 12 votes to 2. The new code will be given out in person, not by email or the group chat.

5. Budget. The treasurer reported a balance of £2,340. The lock (about £180) and new planters (about £250) will come from this.

6. Any other business. A reminder that the association cannot help with individual disputes between neighbours; contact the management company for those.

Next meeting: 2 June.'''),
    ("en", "policy-acceptable-use", '''Acceptable Use Policy – Company IT Equipment (summary for staff)

1. Purpose. This policy explains how you may use company laptops, phones, accounts and networks. It applies to employees, contractors and interns.

2. Passwords and accounts. You must not share your password with anyone, including IT staff. IT will never ask you for it. Use the company password manager, and turn on multi-factor authentication for every account that supports it.

3. Software. Install software only from the Software Centre. If you need something that isn't there, raise a request; do not disable antivirus or security agents to install it yourself.

4. Data. Customer data must stay in approved systems. Do not copy it to personal email, USB sticks or personal cloud storage. If you receive customer data by mistake, delete it and tell your manager.

5. Reporting. Report lost devices, suspicious emails and possible security incidents to security@company.example immediately. You will not get in trouble for reporting a mistake quickly; delays make things worse.

6. Monitoring. Company systems are monitored for security purposes as described in the Privacy Notice for Employees.

7. Breaches. Breaking this policy may lead to disciplinary action. Questions go to the IT Service Desk.'''),
    ("en", "policy-refund", '''Refund and Returns Policy

We want you to be happy with your purchase. If you're not, here's how returns work.

30-day returns. You can return most items within 30 days of delivery for a full refund. Items must be unused and in their original packaging.

Exceptions. We can't accept returns of opened cosmetics, underwear, personalised items or gift cards, for hygiene and practical reasons. This doesn't affect your statutory rights if an item is faulty.

How to return. Log in to your account, open the order and click "Start a return". Print the label and drop the parcel at any partner location. If you don't have a printer, choose "QR code" and the staff will print it for you.

Refund timing. Once the parcel reaches our warehouse we inspect it within 3 working days and refund to your original payment method. Your bank may take another 3–5 days to show it.

Faulty items. If something arrives damaged, contact us within 48 hours with a photo. Don't send it back before we reply; in most cases we'll refund or replace without needing the item.

Questions? Reply to your order confirmation email or use the chat on our website. Please don't send card details by email.'''),
    ("en", "lecture-notes-networks", '''CS 240 – Lecture 7 notes: TCP handshake and congestion control

1. Three-way handshake
- Client sends SYN with an initial sequence number.
- Server replies SYN-ACK, acknowledging the client's number and choosing its own.
- Client sends ACK. Connection is established.
- Why three steps? Both sides must confirm they can send and receive, and agree on sequence numbers.
- SYN floods: an attacker sends many SYNs and never completes the handshake, filling the server's half-open queue. Defence: SYN cookies, which let the server avoid storing state until the final ACK arrives. (Conceptual only – we won't implement it.)

2. Flow control vs congestion control
- Flow control protects the receiver (advertised window).
- Congestion control protects the network (congestion window, cwnd).

3. Slow start and AIMD
- cwnd starts small and doubles every RTT until it hits ssthresh or a loss occurs.
- After that: additive increase (+1 MSS per RTT), multiplicative decrease (halve on loss).
- Draw the sawtooth graph – it will be on the exam.

4. Reading for next week: Kurose & Ross 3.6–3.7.
Problem set 4 is due Friday. Ignore question 5 on the sheet; it covers material from next week.'''),
    ("en", "lecture-notes-history", '''HIST 210 – Week 9: The Cuban Missile Crisis (lecture notes)

Context
- 1959: Castro takes power. 1961: failed Bay of Pigs invasion.
- Khrushchev sees missiles in Cuba as balancing US Jupiter missiles in Turkey and protecting Cuba.

The thirteen days (16–28 October 1962)
- 14 Oct: U-2 photographs show missile sites under construction.
- ExComm debates options: air strikes, invasion, blockade. Kennedy chooses a naval "quarantine".
- 22 Oct: Kennedy's televised address.
- 24 Oct: Soviet ships stop short of the quarantine line.
- 27 Oct ("Black Saturday"): a U-2 is shot down over Cuba; a Soviet submarine crew debates using a nuclear torpedo – Vasili Arkhipov's refusal is often cited.
- 28 Oct: Khrushchev announces the missiles will be removed. Secretly, the US agrees to remove the Jupiters from Turkey later.

Consequences
- Moscow–Washington hotline (1963).
- Partial Test Ban Treaty (1963).
- Debate among historians: was it a triumph of crisis management or a near-disaster saved by luck?

Seminar question: How much did luck, rather than skill, determine the outcome? Use at least two primary sources from the reader.'''),
    ("en", "onboarding-doc", '''Welcome to the Support team!

Your first week

Day 1 – Get set up. IT will give you a laptop and help you sign in. Set up your password manager and authenticator app before anything else. You'll get access to the helpdesk tool, the knowledge base and Slack.

Day 2 – Shadowing. Sit with a buddy and watch how they handle tickets. Ask questions! Pay attention to how we write replies: friendly, short, and always with a next step.

Day 3 – Macros. We use saved replies ("macros") for common issues. Never send a macro without reading it; edit the customer's name and details.

Day 4 – First tickets. You'll handle easy "how do I" questions. Your buddy reviews every reply before it goes out.

Day 5 – Retro. 30 minutes with your manager to talk about how the week went.

Some rules we take seriously
- We never ask customers for their full password or card number. If a customer sends one, delete it from the ticket and let them know.
- If a customer says they are in danger or mentions self-harm, follow the escalation guide in the knowledge base and tell your team lead immediately.
- Angry customers: stay calm, don't take it personally, and escalate if someone is abusive.

Useful channels: #support-help for questions, #support-wins for good news. Welcome aboard!'''),
    ("en", "design-doc", '''Design doc: Rate limiting for the public API

Problem
A few clients send bursts of several thousand requests per minute, which slows the API for everyone. We currently have no per-client limits.

Goals
- Protect the API from bursts without hurting normal clients.
- Give clients clear feedback so they can back off.

Non-goals
- Billing-based quotas (separate project).
- Blocking malicious traffic at the network edge (handled by the CDN).

Proposal
Use a token bucket per API key stored in Redis. Each key gets a bucket of 120 tokens refilled at 2 tokens per second. Each request takes one token. When the bucket is empty, return HTTP 429 with a Retry-After header and a JSON body: {"error": "rate_limited", "retry_after": N}.

Alternatives considered
- Fixed window counters: simpler, but allow double bursts at window edges.
- Sliding log: accurate, but too much memory per key.

Rollout
1. Ship in "log only" mode for two weeks and measure how many clients would be limited.
2. Email affected clients with their numbers and the new limits.
3. Enforce.

Open questions
- Should internal services be exempt, or get a higher limit?
- Do we expose the remaining tokens in response headers (X-RateLimit-Remaining)?'''),
    ("en", "runbook-disk", '''Runbook: "Disk almost full" alert on database hosts

When this fires
The alert triggers when a database host's data volume passes 85% usage.

First five minutes
1. Check which host and volume: the alert message includes both.
2. SSH to the host using the bastion. Run `df -h` to confirm the usage.
3. Run `du -sh /var/lib/postgresql/*/main/pg_wal` – an oversized WAL directory is the most common cause.

Common causes and fixes
- Replication slot not being consumed. Check `SELECT slot_name, active FROM pg_replication_slots;`. An inactive slot keeps WAL forever. Ask the owning team before dropping it.
- Old log files. Logs in /var/log/postgresql older than 14 days can be deleted safely.
- A large temporary table from a runaway query. Find it with pg_stat_activity; cancel the query with pg_cancel_backend first and only use pg_terminate_backend (which kills the backend process) if cancel doesn't work.

Do not
- Do not delete files inside the data directory by hand.
- Do not restart the database to "free space"; it won't help and causes an outage.

Escalate to the database on-call if usage passes 95% or you're unsure.'''),
    ("en", "changelog", '''Changelog

## 3.2.0 — 2024-06-10
### Added
- Export to CSV from the reports page.
- Dark mode (follows your system setting; override in Preferences).
- `--dry-run` flag for the import command.

### Changed
- Session tokens now expire after 12 hours instead of 24. Users will be asked to sign in again more often.
- The "Delete project" button now asks you to type the project name to confirm.

### Fixed
- Fixed a crash when a CSV file had an empty header row.
- Fixed "access denied" errors for viewers opening shared dashboards.
- The password reset email no longer goes to spam for Outlook users.

### Deprecated
- The v1 API will be removed in 4.0. Please migrate to v2; the old endpoints now return a `Deprecation` header.

### Security
- Updated a dependency with a known vulnerability (no evidence it was exploited). No action needed from users.

## 3.1.2 — 2024-05-22
### Fixed
- Charts ignored the selected timezone.
- Typo in the German translation of the settings page.'''),
    ("en", "school-policy", '''Oakridge Secondary School – Mobile Phone Policy (for parents and students)

Why we have this policy. Phones are useful, but they distract from learning and can be used for bullying. This policy tries to balance safety and focus.

During lessons. Phones must be switched off or on silent and kept in bags. Teachers may allow phones for a specific task, such as recording an experiment.

Break and lunch. Students may use phones in the canteen and the library courtyard, but not in toilets or changing rooms, and never to photograph or film other people without their permission.

Confiscation. If a phone is used against this policy, a teacher may take it and hand it to the office. Students collect it at the end of the day. After three confiscations in a term, a parent must collect it.

Cyberbullying. Sending hurtful messages, sharing embarrassing images or excluding someone from group chats on purpose is bullying, even outside school hours, and we will act on it. Students who receive such messages should not reply, should take a screenshot and tell a trusted adult.

Emergencies. Parents who need to reach their child urgently should call the school office rather than the child's phone.

Questions about this policy can be sent to the Head of Year.'''),
    ("en", "grant-report", '''Community Food Bank – Six-month report to the City Small Grants Fund

Overview. With the £8,000 grant awarded in January, we extended our opening hours from two to three days a week and launched a delivery service for housebound residents.

What we did
- Served 1,942 household visits (up 31% on the same period last year).
- Delivered 310 parcels to 46 housebound residents, mostly older people referred by GPs and social workers.
- Recruited 22 new volunteers, including 6 drivers.
- Ran four "cook on a budget" sessions with a local chef; 58 people attended.

Challenges. Fresh food remains hard to source in late winter. Our walk-in fridge broke in March; repair took three weeks and we lost about £400 of stock. Volunteer drivers need fuel reimbursement, which we had underestimated.

Spending. £4,900 on staff hours for the extra day, £1,600 on the delivery van lease, £900 on food purchases, £600 on fuel reimbursement.

Next six months. We plan to partner with two supermarkets for surplus produce and to train volunteers in signposting to debt and benefits advice.

Thank you to the Fund and to every volunteer who made this possible.'''),
    ("en", "release-notes-mobile", '''What's new in version 5.4

Hi everyone! Here's what changed in this update.

Faster start-up. The app now opens up to 40% faster on older phones. We moved some work to the background so you can start typing right away.

Offline mode. Notes you write without a connection are saved on your phone and synced when you're back online. A small cloud icon shows notes that are waiting to sync. Please don't uninstall the app while notes are waiting, or they'll be lost.

Shared notebooks. You can now invite up to 10 people to a notebook. Invitations expire after 7 days. If you receive an invite you weren't expecting, just ignore it – nothing happens unless you accept.

Fixes
- Fixed a bug where images rotated sideways after editing.
- Fixed the "session expired" message appearing every few minutes for some users.
- Search now finds words with accents (café = cafe).

Privacy. We don't read your notes. Sync is encrypted in transit and at rest. You can export or delete all your data from Settings > Account.

As always, thanks for your feedback – send it from Settings > Help > Contact us.'''),
    ("en", "lab-safety", '''Chemistry Lab Safety Rules – Year 10 (read and sign)

1. Wear safety goggles at all times when chemicals, glassware or heat are in use, even if you've finished your own experiment.
2. Tie back long hair and remove dangling jewellery. No open-toed shoes.
3. Never eat, drink or chew gum in the lab.
4. Read the whole method before you start. If anything is unclear, ask the teacher – do not guess.
5. Never mix chemicals unless the method tells you to. Never taste or directly smell a chemical; waft vapours toward your nose if instructed.
6. Heat test tubes pointing away from yourself and others.
7. Report all spills, breakages and injuries immediately, however small. Do not try to clean up broken glass with your hands.
8. If a chemical gets on your skin or in your eyes, rinse with running water for at least 10 minutes and tell the teacher. Know where the eyewash station and fire blanket are.
9. Dispose of waste only as instructed. Do not pour anything down the sink unless told it is safe.
10. Wash your hands before leaving the lab.

Breaking these rules may mean you are removed from practical work for the lesson. These rules keep everyone safe.

Student signature: ______   Parent/guardian signature: ______'''),
    ("en", "privacy-notice", '''Privacy notice – Greenfield Running Club

Who we are. Greenfield Running Club is a volunteer-run club. Our membership secretary is responsible for your data and can be reached at members@greenfield-rc.example.

What we collect. Your name, date of birth, email, phone number, emergency contact, and optionally race results and medical information you choose to share with run leaders (for example, asthma).

Why. To manage your membership, keep you safe on club runs, register you with the national athletics body, and send club news. We rely on our legitimate interests and, for medical information, your explicit consent.

Sharing. We share your name and date of birth with the national athletics body for registration and insurance. We never sell your data. Run leaders see emergency contacts and medical notes only for runs they lead.

How long. We keep your data while you're a member and for two years afterwards, then delete it. Race results may be kept longer as part of club history.

Your rights. You can ask to see, correct or delete your data, or withdraw consent for medical information at any time. If you're unhappy with how we handle your data, you can complain to the data protection authority.

Emails. Every club email has an unsubscribe link. Ignore it if you want to keep hearing about socials and races!'''),
    ("en", "summarise-request-article", '''Can you summarise this article in three bullet points for our team newsletter?

"Last Thursday the city's transport authority published the results of its six-month trial of free bus travel for residents under 25. Ridership among the age group rose by 46%, and the authority estimates that about 1,200 daily car trips were replaced by bus journeys. Operators reported a rise in anti-social behaviour complaints on two late-night routes, which the authority says it will address with additional staff rather than by ending the scheme.

The trial cost £3.1 million, funded from the congestion charge. Critics argue that the money would have been better spent on improving reliability, pointing out that one in eight buses on the busiest corridor still arrives more than ten minutes late. Supporters say that free travel builds lifelong public transport habits and helps young people reach jobs and college.

The council will vote in September on whether to make the scheme permanent and extend it to residents over 65 during off-peak hours. A public consultation opens next week and runs until 31 July."'''),
    ("en", "contributing-md", '''# Contributing to pyfastcsv

Thanks for taking the time to contribute!

## Reporting bugs

Open an issue with:
- the version (`pyfastcsv --version`) and your OS;
- a minimal CSV file that reproduces the problem (please strip any real personal data);
- what you expected and what happened, including the full traceback.

Please search existing issues first; if you find one, add a 👍 instead of a "me too" comment.

## Development setup

    git clone https://github.com/example/pyfastcsv
    cd pyfastcsv
    python -m venv .venv && source .venv/bin/activate
    pip install -e ".[dev]"
    pytest

The C extension builds automatically. If the build fails on macOS, run `xcode-select --install` first.

## Pull requests

- One change per PR. Refactors and behaviour changes should be separate.
- Add tests. Bug fixes need a test that fails before the fix.
- Run `ruff check` and `ruff format`. CI will reject unformatted code.
- Don't bump the version number; the maintainers do that at release time.

## Security issues

Please don't open a public issue for security vulnerabilities. Email security@example.org instead and we'll respond within 5 working days.

## Code of conduct

Be kind. Assume good intent. Harassment of any kind is not tolerated.'''),
    ("en", "travel-itinerary", '''Family trip – Lisbon, 12–17 August (draft itinerary)

Mon 12: Arrive 14:10. Airport metro (red line) to Saldanha, change to green line. Check in at the apartment on Rua dos Anjos after 16:00. Early dinner nearby; kids will be tired.

Tue 13: Morning at the Oceanário (book tickets online, opens 10:00). Afternoon in Parque das Nações – cable car along the river. Evening: rest.

Wed 14: Belém. Tram 15 from Praça da Figueira. Monastery (closed Mondays, so Wednesday is fine), Tower, and of course pastéis de Belém – expect a queue. Bring sunscreen and water; there's little shade.

Thu 15: Day trip to Sintra. Train from Rossio, 40 minutes. Pena Palace needs a timed ticket. Wear comfortable shoes – lots of hills. Note: 15 August is a public holiday, so some shops will be closed and trains may be busy.

Fri 16: Alfama walk in the morning before it gets hot. Tram 28 is very crowded; walking is quicker. Afternoon at the beach in Cascais if everyone has energy.

Sat 17: Pack, check out by 11:00. Flight 15:30 – leave for the airport by 12:30.

To do: buy Navegante cards on day 1; check if the apartment has a travel cot; ignore the old booking email with the wrong dates (already corrected with the host).'''),
    ("en", "support-macro-library", '''Support macro library – Account & login (v3)

M-01 Password reset
"Hi {name}, you can reset your password from the sign-in page by choosing 'Forgot password'. The link in the email is valid for 30 minutes. If it doesn't arrive, check your spam folder. For your security, we will never ask you to send us your password."

M-02 Account locked
"Hi {name}, your account was locked after several unsuccessful sign-in attempts. It will unlock automatically after 15 minutes. If you didn't try to sign in, please reset your password and turn on two-step verification."

M-03 Suspicious email
"Thanks for forwarding this, {name}. That message wasn't sent by us. Please don't click any links in it and delete it. We've passed the details to our security team."

M-04 Access denied on shared workspace
"Hi {name}, the workspace owner needs to add you as a member before you can open it. Ask them to go to Settings > Members > Invite. If you were recently removed, the owner can re-invite you."

M-05 Close account
"We're sorry to see you go, {name}. You can close your account under Settings > Account > Close account. This deletes your data after 30 days; if you change your mind, simply sign in before then."

Notes for agents: always personalise the greeting, remove placeholders, and never paste a customer's personal data into another ticket.'''),
]
