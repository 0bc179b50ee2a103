title = Secure areas: from the site perimeter to the clear desk
overview = You will see how controls 7.1 to 7.7 protect premises as a series of layered zones, what the new control 7.4 Physical security monitoring adds, and what an auditor looks for on a site walkthrough.

explanation =
    The first seven physical controls of ISO/IEC 27002:2022, 7.1 to 7.7, concern premises: perimeters, entry, rooms, monitoring, environmental threats, work in secure areas, and the clear desk. Equipment has controls of its own, covered in the next lesson.

    Their organising idea is defence in depth. A site is divided into zones of increasing sensitivity, from the street to the room holding the most critical information. Each boundary has its own entry control, and measures get stronger towards the centre. No barrier has to be perfect: each one deters, delays and raises the chance of detection, so that someone can respond in time.

    The zones come from the risk assessment and the classification of information, not from the floor plan. The question is where sensitive information is processed or stored: a server room, an archive, the HR files, a laboratory. A small firm may have two zones, its office and a locked cabinet; a data centre may have six, with airlock doors and biometric readers.

    7.4 Physical security monitoring is the only physical control added in 2022. Intruder detection used to be a line in the guidance on perimeters; it is now a control in its own right, covering alarms, video and guards. Its value lies in what happens once something is detected.

    An organisation whose servers all run in a cloud provider's data centres does not escape clause 7. The provider's physical security is assessed through the supplier controls 5.19 to 5.23 and its audit reports, but the organisation's own offices still hold people, laptops, paper and network equipment, to which the physical controls apply, scaled to the risk.

practical-example =
    A regional hospital maps its main building in five zones, from public areas to the pharmacy, medical records and server room. Each zone has its own badge profile, granted through the HR process and reviewed twice a year by the zone owner.

    Visitor badges expire at 6 pm, and contractors are escorted beyond the staff corridors. Cameras cover entrances and the server room door, alarms report to the security desk, and a procedure sets who responds and how fast. Every quarter, the security officer walks the site at a different time of day and tracks each finding to closure.

block-layers-heading = Layered zones: defence in depth
block-layers-body =
    A typical layout runs from the outside in:

    - the public area: street, car park, shared lobby;
    - the site perimeter (7.1): walls, fences, roof, external doors and windows, with no gaps;
    - controlled entry (7.2): reception, badge readers, visitor management, delivery areas kept apart from the rest of the building;
    - offices and rooms (7.3 and 7.7): locked when empty, discreet about what they hold, desks cleared;
    - secure areas (7.6): server rooms, archives and other rooms where the most sensitive information lives.

    Monitoring (7.4) and protection against environmental threats (7.5) apply at every layer. Test the layout by asking how far a visitor, a courier or a cleaner could get.

block-perimeter-and-entry-heading = Perimeters, entry and rooms: 7.1 to 7.3
block-perimeter-and-entry-body =
    A perimeter (7.1) is only as strong as its weakest point: a fire exit propped open, a false ceiling shared with the neighbouring tenant, a ground-floor window. Define each perimeter on a plan and check it physically.

    Physical entry (7.2) covers who may enter each zone and how it is checked: badges or keys, visitor registration and escorting, the return of badges, and loading bays that do not open onto the offices. Access lists for sensitive zones are reviewed regularly and updated when people leave or change role, in step with 6.5.

    Securing offices, rooms and facilities (7.3) adds discretion: no sign pointing to the server room, no sensitive room on the visitors' map, locks on rooms that stand empty.

block-monitoring-and-threats-heading = Monitoring and environmental threats: 7.4 and 7.5
block-monitoring-and-threats-body =
    Physical security monitoring (7.4) combines intruder alarms, door contacts, video and guards, chosen according to the zone. The system itself needs protecting: recordings restricted, sensors tested, layout kept private. Data protection law applies to video of staff and visitors: people must be informed, retention kept short and workstations not filmed continuously.

    Protection against physical and environmental threats (7.5) starts with the site: flood zones, neighbouring activities, the risk of fire, heat, storms or unrest. It continues with detection and suppression, such as smoke detectors, water sensors under raised floors and gas suppression in server rooms, all maintained and tested, with the facilities team involved in the risk assessment.

block-working-inside-heading = Inside the zones: 7.6 and 7.7
block-working-inside-body =
    Working in secure areas (7.6) sets the rules once someone is inside: only those who need to know are told what the room holds, visitors and contractors are supervised, cameras and recording devices are allowed only with permission, and empty secure rooms stay locked.

    Clear desk and clear screen (7.7) applies everywhere information is handled: papers and removable media locked away when unattended, screens locked when staff step away, printouts collected at once or released by badge, whiteboards wiped after meetings, confidential waste in locked bins. Hot-desking makes the rule easier to check, since every desk must be empty at the end of the day.

example-shared-building = A 25-person agency rents one floor of a shared building. The landlord controls the perimeter, lobby and cameras; the agency badges its own floor door and locks its network cabinet. Its evidence for 7.1 and 7.2 includes the lease's security clauses.
example-overwritten-footage = A laptop stolen from a design office was missed for a week, and the footage had been overwritten after 48 hours. The firm now keeps recordings for a period agreed with its data protection officer.
example-propped-door = A walkthrough at a payroll bureau found the secure room door wedged open during a heatwave: the room had no proper cooling. The fix combined proper air conditioning (7.11 Supporting utilities, covered in the next lesson) with a door-held-open alarm (7.4), showing how other controls keep entry control (7.2) effective.

callout-walk-the-site-title = Walk the site, at different times
callout-walk-the-site-body = Plans describe the intended layout; a walkthrough shows the real one. Walk early, at lunchtime and after hours, plan in hand, and record findings with photos and dates. Auditors do exactly this.

callout-detection-needs-response-title = Detection without response protects nothing
callout-detection-needs-response-body = A camera nobody watches and an alarm nobody answers only record what happened. For each monitored zone, define who responds, within what time and what they do, then test it, including at night and at weekends.

figure-security-zones-caption = Layered physical zones, from the public area to the secure area
figure-security-zones-description =
    Five nested zones, each drawn inside the previous one:

    - the public area: street, car park, shared lobby;
    - the site perimeter (7.1): walls, fences, external doors;
    - controlled entry (7.2): reception, badges, deliveries;
    - offices and rooms (7.3 and 7.7): locked, discreet, clear desks;
    - at the centre, the secure area (7.6): server room, archives.

    A dashed arrow runs from the public area to the secure area through one controlled door at each boundary: one more check at each layer. Beside the zones, two boxes recall that 7.4 Physical security monitoring and 7.5 Protecting against physical and environmental threats apply to every layer.
figure-security-zones-label-zone-public = Public area: street, car park, shared lobby
figure-security-zones-label-zone-site = Site perimeter: walls, fences, external doors (7.1)
figure-security-zones-label-zone-entry = Controlled entry: reception, badges, deliveries (7.2)
figure-security-zones-label-zone-office = Offices and rooms: locked, discreet, clear desks (7.3, 7.7)
figure-security-zones-label-zone-secure = Secure area: server room, archives (7.6)
figure-security-zones-label-entry-path = One more check at each boundary
figure-security-zones-label-side-monitoring = 7.4 Physical security monitoring: alarms, cameras, guards, at every layer
figure-security-zones-label-side-threats = 7.5 Physical and environmental threats: fire, flood, heat, storms, at every layer

prompt = Sketch the zones of a site you know, from the street to the place where its most sensitive information is kept. Identify the weakest boundary on the way in, and describe the change you would propose and the evidence that would show it works.
prompt-guidance =
    A good answer names four or five zones and what separates them. The weakest boundary is often not the main entrance but a side route: a loading bay, a fire exit, a shared ceiling void, a meeting room next to the server room, or cleaners who have badges for every floor.

    The change should be proportionate: a door alarm and a procedure may be enough where a new wall would be excessive. Evidence could be walkthrough records, alarm test results or badge logs.

exercise = An auditor's walkthrough has produced these observations. Sort each one under the control it mainly concerns.
exercise-explanation = A collapsed fence and a propped fire exit are gaps in the perimeter (7.1). Unregistered visitors and couriers reaching desks through the loading bay are entry control failures (7.2). A camera pointing at a wall and an alarm with no one to answer it are monitoring failures (7.4). A server room in a flood-prone basement and an uninspected suppression system concern protection against environmental threats (7.5).
exercise-category-perimeter = 7.1 Physical security perimeters
exercise-category-entry = 7.2 Physical entry
exercise-category-monitoring = 7.4 Physical security monitoring
exercise-category-threats = 7.5 Protecting against physical and environmental threats
exercise-item-fence-gap = A section of the fence around the car park collapsed weeks ago and has not been repaired.
exercise-item-fire-exit = A fire exit at the back of the building is kept propped open for smokers.
exercise-item-visitors = Visitors walk past reception without signing in or receiving a badge.
exercise-item-loading-bay = Couriers take parcels from the loading bay straight to people's desks.
exercise-item-camera-wall = Since the building works, the camera meant to cover the server room door points at a wall.
exercise-item-alarm-nobody = The intruder alarm sounds at night, but nobody is on call to respond.
exercise-item-basement-flood = The server room is in a basement on a site that flooded five years ago.
exercise-item-suppression-check = The gas suppression system in the server room has not been inspected for three years.
